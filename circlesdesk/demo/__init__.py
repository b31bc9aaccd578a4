"""The demo organisation: seeded, realistic and entirely fictional CoSA records for the demo,
benchmarks and screenshots.

Everything comes from one ``random.Random(seed)``: the same seed gives the same records, UUIDs and
timestamps (derived from the meeting dates, never the clock). Names are invented (first name and
surname initial for volunteers, a letter for core members), venues are coded ("Hall A") and phone
numbers come from the ranges Ofcom keeps for drama. Nothing here does I/O.

Two levels:

- :func:`circlesdesk.demo.organisation.generate_organisation` builds a whole office: circles in
  phases that fit their age, people, rosters, the office configuration, and per volunteer the
  records that volunteer wrote (meetings with attendance, concerns, contacts, hours, reviews), each
  with the writer's device as origin.
- :func:`circlesdesk.demo.meetings.generate_meetings` and
  :func:`circlesdesk.demo.minutes.minutes_text` make just meetings or just minutes, for benchmarks
  that need N meetings with 1–2 KB of minutes each.
"""
