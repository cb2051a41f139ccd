"""The text room: cleaners that turn a Document's lines into an article. Stdlib, regex and ftfy only."""
