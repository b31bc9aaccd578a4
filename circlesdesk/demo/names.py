"""Invented particulars for the demo: first names, initials, regions, venues and times."""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------------------------------
# Names, venues and other invented particulars

FIRST_NAMES: Final = (
    "Aisha", "Alan", "Amara", "Andrew", "Angela", "Anil", "Ann", "Barbara", "Ben", "Bernard",
    "Bola", "Brian", "Carol", "Catherine", "Chidi", "Chris", "Claire", "Colin", "Dave", "Deborah",
    "Dev", "Diane", "Elaine", "Eleanor", "Emeka", "Fatima", "Fiona", "Frank", "Gareth", "Geoff",
    "Grace", "Gurpreet", "Hannah", "Harjit", "Helen", "Ian", "Imran", "Irene", "Jack", "Janet",
    "Jean", "Jo", "John", "Joyce", "Karen", "Kate", "Keith", "Kwame", "Leroy", "Linda", "Liz",
    "Lorraine", "Magda", "Malcolm", "Margaret", "Marek", "Martin", "Maureen", "Mo", "Nadia",
    "Neil", "Nikhil", "Nkechi", "Pat", "Paul", "Pauline", "Peter", "Priya", "Rachel", "Rajesh",
    "Rob", "Rosa", "Ruth", "Sam", "Sandra", "Sarah", "Shirley", "Simon", "Siobhan", "Stella",
    "Steve", "Sue", "Sunita", "Tariq", "Tom", "Tony", "Val", "Winston", "Yusuf", "Zofia",
)  # fmt: skip
INITIALS: Final = "ABCDEFGHIJKLMNOPRSTWY"
CORE_LETTERS: Final = "ABCDEFGHJKLMNPRSTVW"
REGIONS: Final = ("SW", "NE", "NW", "EM", "WM", "SE", "EA", "YH")
VENUES: Final = (
    "Hall A",
    "Hall B",
    "Library room 1",
    "Library room 2",
    "Community centre room 3",
    "Church hall",
    "Probation office",
    "Office meeting room",
)
START_TIMES: Final = ("18:30", "18:30", "19:00", "19:00", "18:00", "10:30", "14:00")
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
