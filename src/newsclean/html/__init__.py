"""The HTML room: the only package that imports bs4, lxml or trafilatura for page parsing. No network."""
