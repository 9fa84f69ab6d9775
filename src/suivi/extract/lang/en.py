"""English: how English news writes dates and periods ("on October 21", "in the first half of 2023")."""

from __future__ import annotations

from suivi.extract.lang import DateWords

_PART = (
    "(?:(?:in|by|since|until|from|at) )?(?:the )?(?:early|late|mid|end of|beginning of|start of|middle of)"
)

DATES = DateWords(
    locale="en",
    month_case_insensitive=False,
    month_aliases={"Sept": 9},
    day_suffix="st|nd|rd|th",
    orders=("dm", "md"),
    range_from=("from ", "between "),
    range_to=("to", "-", "–", "—", "through", "until", "till"),
    range_and=("and", "&"),
    month_range_from=("from ", "between "),
    of=("of ",),
    month_cues=(
        "in ",
        "since ",
        "until ",
        "by ",
        "during ",
        "last ",
        "next ",
        "this ",
        "early ",
        "late ",
        _PART + "(?:-| )",
    ),
    month_after=(),
    shifts={"last": -1, "next": 1},
    year_cues=(
        "in ",
        "by ",
        "since ",
        "until ",
        "before ",
        "after ",
        "for ",
        _PART + "(?:-| )",
        "fiscal year ",
        "FY\\s?",
    ),
    relative={
        "this year": ("year", 0),
        "later this year": ("year", 0),
        "earlier this year": ("year", 0),
        "the current year": ("year", 0),
        "next year": ("year", 1),
        "last year": ("year", -1),
        "this month": ("month", 0),
        "later this month": ("month", 0),
        "earlier this month": ("month", 0),
        "last month": ("month", -1),
        "next month": ("month", 1),
        "today": ("day", 0),
        "yesterday": ("day", 0),
        "tomorrow": ("day", 0),
        "tonight": ("day", 0),
        "this morning": ("day", 0),
        "this afternoon": ("day", 0),
        "this evening": ("day", 0),
        "this week": ("day", 0),
        "last week": ("day", 0),
        "next week": ("day", 0),
        "this weekend": ("day", 0),
    },
    weekday_before=("on", "last", "next", "this", "early", "late"),
    weekday_after=("morning", "afternoon", "evening", "night"),
    day_pair_prefix=None,
    day_pair_followers=(),
    number_words={
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
    },
    first_months=("(?:(?:in|during|over|for) )?the first <N> months(?: of <YREF>)?",),
    part_of_year=(
        "(?:(?:in|during|over|for) )?the <ORD> (?P<unit>half|quarter)(?: of <YREF>)?",
        "(?P<unit>Q|H)(?P<ord>[1-4])(?: <YREF>)?",
    ),
    ordinals={
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "last": -1,
    },
    part_units={"half": 6, "quarter": 3, "h": 6, "q": 3},
    year_refs={"the year": 0, "this year": 0, "the current year": 0, "last year": -1},
    cumulative=(
        "in total",
        "total",
        "cumulative(?:ly)?",
        "accumulated",
        "to date",
        "so far",
        "currently",
        "as of now",
        "in force",
        "in effect",
    ),
    comparisons=(
        "(?:(?:against|compared to|compared with|over|from|versus|vs\\.?) )?"
        "the same period(?: (?:of |in )?<YREF>)?",
        "(?:against|compared to|compared with|over|versus|vs\\.?) <YREF>",
    ),
)

_NO_PLURAL = ("ese", "ish", "ch", "ss", "sh", "Lao", "Myanmar", "Sino", "Franco", "Zealand")


def demonym_forms(entry: str) -> list[str]:
    """Singular and plural of a demonym: "Cambodian" -> Cambodians; "Vietnamese" has no plural form."""
    return [entry] if entry.endswith(_NO_PLURAL) else [entry, entry + "s"]
