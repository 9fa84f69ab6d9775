"""French: how French news writes dates and periods ("le 21 octobre", "au premier semestre 2023")."""

from __future__ import annotations

from suivi.extract.lang import DateWords

_PART = "(?:(?:à|vers|dès|d'ici|jusqu'à) la |au |dès le |d'ici le |jusqu'au |le |la )?(?:fin|début|mi|milieu|courant)"

DATES = DateWords(
    locale="fr",
    month_case_insensitive=True,
    month_aliases={"sep": 9, "sept": 9, "fev": 2, "janv": 1, "juil": 7},
    day_suffix="er|ᵉʳ",
    orders=("dm",),
    range_from=("du ", "les ", "entre les "),
    range_to=("au", "à", "-", "–", "—", "jusqu'au"),
    range_and=("et", "&"),
    month_range_from=("de ", "d'", "entre "),
    of=("de ", "d'"),
    month_cues=(
        "en ",
        "depuis ",
        "dès ",
        "jusqu'en ",
        "d'ici ",
        "avant ",
        "après ",
        "vers ",
        "à partir de ",
        "à partir d'",
        _PART + "(?:-| )(?:du mois )?(?:de |d')?",
        "(?:au |du |le |ce |dans le courant du )?mois (?:de |d')",
    ),
    month_after=("dernier", "prochain", "passé"),
    shifts={"dernier": -1, "passé": -1, "prochain": 1},
    year_cues=(
        "en ",
        "d'ici (?:à |la fin de |fin )?",
        "depuis ",
        "dès ",
        "jusqu'en ",
        "avant ",
        "après ",
        "pour ",
        _PART + "(?:-| )(?:de l'année |d'année )?",
        "l'année (?:fiscale )?",
        "l'exercice (?:budgétaire )?",
    ),
    relative={
        "cette année": ("year", 0),
        "cette année-ci": ("year", 0),
        "l'année en cours": ("year", 0),
        "l'an prochain": ("year", 1),
        "l'année prochaine": ("year", 1),
        "l'an dernier": ("year", -1),
        "l'année dernière": ("year", -1),
        "l'an passé": ("year", -1),
        "l'année passée": ("year", -1),
        "ce mois": ("month", 0),
        "ce mois-ci": ("month", 0),
        "le mois en cours": ("month", 0),
        "le mois dernier": ("month", -1),
        "le mois passé": ("month", -1),
        "le mois prochain": ("month", 1),
        "aujourd'hui": ("day", 0),
        "hier": ("day", 0),
        "avant-hier": ("day", 0),
        "demain": ("day", 0),
        "après-demain": ("day", 0),
        "ce matin": ("day", 0),
        "ce soir": ("day", 0),
        "cette semaine": ("day", 0),
        "la semaine dernière": ("day", 0),
        "la semaine prochaine": ("day", 0),
        "ce week-end": ("day", 0),
    },
    weekday_before=("ce", "dès", "depuis"),
    weekday_after=("dernier", "prochain", "matin", "soir", "après-midi", "midi"),
    day_pair_prefix="les ",
    day_pair_followers=("à", "au", "aux", "en", "dans", "sur", "pour", "lors", "derniers", "prochains"),
    number_words={
        "un": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
    },
    first_months=(
        "(?:(?:au cours|lors|pendant|durant|sur|dans) )?(?:des |les )<N> premiers mois(?: (?:de |d')?<YREF>)?",
    ),
    part_of_year=(
        "(?:(?:au|du|le|pendant le|durant le|sur le|lors du) )?"
        "<ORD> (?P<unit>semestre|trimestre)(?: (?:de |d')?<YREF>)?",
    ),
    ordinals={
        "premier": 1,
        "1er": 1,
        "second": 2,
        "deuxième": 2,
        "2e": 2,
        "2ème": 2,
        "troisième": 3,
        "3e": 3,
        "3ème": 3,
        "quatrième": 4,
        "4e": 4,
        "4ème": 4,
        "dernier": -1,
    },
    part_units={"semestre": 6, "trimestre": 3},
    year_refs={
        "l'année": 0,
        "cette année": 0,
        "l'année en cours": 0,
        "l'an dernier": -1,
        "l'année dernière": -1,
        "l'an passé": -1,
        "l'année passée": -1,
    },
    cumulative=(
        "au total",
        "tota(?:l|le|ux|les)",
        "cumul(?:é|ée|és|ées|ativement)",
        "accumul(?:é|ée|és|ées)",
        "à ce jour",
        "jusqu'à présent",
        "jusqu'ici",
        "actuellement",
        "à l'heure actuelle",
        "en vigueur",
    ),
    comparisons=(
        "(?:(?:par rapport à|comparé à|comparativement à|sur) )?la même période(?: (?:de |d')?<YREF>)?",
        "(?:par rapport à|comparé à|comparativement à|qu'en|que) <YREF>",
    ),
)


def demonym_forms(entry: str) -> list[str]:
    """Masculine, feminine and plural forms of a demonym: "cambodgien" -> cambodgienne(s), cambodgiens.

    `entry` is the masculine singular, or "masc|fem" when the feminine is irregular ("grec|grecque").
    """
    masc, _, fem = entry.partition("|")
    if not fem:
        if masc.endswith(("ien", "éen")):
            fem = masc + "ne"
        elif masc.endswith("e"):
            fem = masc
        elif masc.endswith("er"):
            fem = masc[:-2] + "ère"
        else:
            fem = masc + "e"
    forms = {masc, fem, fem + "s"}
    forms.add(masc if masc.endswith(("s", "x")) else masc + "s")
    return sorted(forms)
