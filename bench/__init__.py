"""CirclesDesk benchmarks: each figure of DESIGN.md §9 beside a baseline measured in the same run.

Run them all with ``python -m bench`` (or ``make bench``), one with ``python -m bench NAME``; list
them with ``python -m bench --list``. ``docs/performance.md`` records the figures of the last run on
the project's reference machine.
"""
