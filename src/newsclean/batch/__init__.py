"""The batch room: clean millions of records with a pool of worker processes, losing none.

    >>> from newsclean.batch import clean_records
    >>> [r.ok for r in clean_records([{"id": "a1", "text": "Bridge reopens\\nTraffic flows again."}], workers=0)]
    [True]

Readers and writers need ``newsclean[batch]`` (pyarrow, warcio, zstandard); ``clean_records`` does not.
"""

from __future__ import annotations

from newsclean.batch.records import Raw, read_records
from newsclean.batch.run import Fields, Result, Stats, Task, clean_records, clean_task, make_task

__all__ = ["Fields", "Raw", "Result", "Stats", "Task", "clean_records", "clean_task", "make_task", "read_records"]
