"""Fixed vocabularies of SCHEMA.md: every layer (extractor, store, exports, web filters) reads them here."""

from __future__ import annotations

from enum import StrEnum


class Precision(StrEnum):
    """How many parts of a date are known."""

    DAY = "day"  # YYYY-MM-DD
    MONTH = "month"  # YYYY-MM
    YEAR = "year"  # YYYY


class EngagementKind(StrEnum):
    """What sort of occasion the parties met, spoke or will meet on."""

    CONSULTATION = "consultation"  # political consultation, strategic / policy dialogue between ministries
    JOINT_COMMITTEE = "joint_committee"  # joint / mixed / intergovernmental committee, working group
    VISIT = "visit"  # a delegation or leader travels to the other country
    MEETING = "meeting"  # talks, reception, courtesy call, bilateral meeting on the sidelines
    CALL = "call"  # phone or video call between two principals
    SUMMIT = "summit"  # multilateral gathering, or bilateral conference of many delegations
    COMMEMORATION = "commemoration"  # anniversary, celebration, friendship-year event
    OTHER = "other"  # any other engagement


class EngagementStatus(StrEnum):
    """Whether the engagement took place at publication time."""

    HELD = "held"  # took place or is taking place
    PLANNED = "planned"  # announced for the future
    CANCELLED = "cancelled"  # the text says it was cancelled
    POSTPONED = "postponed"  # the text says it was postponed


class Format(StrEnum):
    """How the parties met."""

    IN_PERSON = "in_person"  # met, received, visited, or a venue is named
    VIRTUAL = "virtual"  # videoconference, online
    PHONE = "phone"  # phone talks
    UNKNOWN = "unknown"  # the text does not say


class Function(StrEnum):
    """A participant's part in the engagement."""

    CO_CHAIR = "co_chair"  # the text says they co-chaired
    HOST = "host"  # received the other side
    GUEST = "guest"  # was received / visited
    HEAD_OF_DELEGATION = "head_of_delegation"  # led a delegation
    PARTICIPANT = "participant"  # took part otherwise


class CommitmentKind(StrEnum):
    """The verb occasion of a commitment."""

    AGREED = "agreed"  # both or all parties agreed or decided
    PLEDGED = "pledged"  # one party commits or affirms support
    PROPOSED = "proposed"  # one party proposes, asks, wishes, calls for
    SIGNED = "signed"  # a named instrument was signed


class Area(StrEnum):
    """Policy area a commitment covers."""

    POLITICAL = "political"  # high-level visits, delegations, party and parliament ties, mechanisms
    TRADE = "trade"  # trade in goods and services
    INVESTMENT = "investment"  # investment flows and projects
    ECONOMY = "economy"  # general economic cooperation, recovery
    FINANCE_AID = "finance_aid"  # ODA, loans, grants
    DEFENCE_SECURITY = "defence_security"  # defence and security cooperation
    BORDER = "border"  # demarcation, markers, border management
    MARITIME = "maritime"  # sea, maritime issues
    CONNECTIVITY = "connectivity"  # transport, infrastructure, border gates, logistics
    ENERGY = "energy"  # electricity, oil and gas, renewables
    AGRICULTURE = "agriculture"  # agriculture including fisheries
    HEALTH = "health"  # health and pandemic response
    EDUCATION = "education"  # education and training, scholarships
    SCIENCE_TECHNOLOGY = "science_technology"  # science, technology, digital
    ENVIRONMENT = "environment"  # climate, water, Mekong
    CULTURE_TOURISM = "culture_tourism"  # culture and tourism
    PEOPLE = "people"  # people-to-people exchanges, localities, youth
    CONSULAR = "consular"  # citizens abroad, legal status, migration, visas
    JUSTICE = "justice"  # legal cooperation, crime, drugs
    MULTILATERAL = "multilateral"  # coordination in ASEAN, UN and other forums, candidacies
    OTHER = "other"  # anything else


class Metric(StrEnum):
    """What an indicator measures."""

    TRADE_VOLUME = "trade_volume"  # two-way trade
    EXPORTS = "exports"  # exports of one party to the other
    IMPORTS = "imports"  # imports of one party from the other
    INVESTMENT_CAPITAL = "investment_capital"  # invested or registered capital
    INVESTMENT_PROJECTS = "investment_projects"  # number of investment projects
    AID = "aid"  # aid, grants, loans
    VISITORS = "visitors"  # tourists, visitors, students
    OTHER = "other"  # any other relation figure


class Qualifier(StrEnum):
    """How exact a figure is."""

    EXACT = "exact"  # as stated
    MORE_THAN = "more_than"  # "plus de", "over"
    LESS_THAN = "less_than"  # "moins de", "under"
    ABOUT = "about"  # "environ", "près de", "about"


class IndicatorKind(StrEnum):
    """Reported figure or goal."""

    OBSERVED = "observed"  # a reported figure
    TARGET = "target"  # a goal to reach


class Unit(StrEnum):
    """Non-currency units; currencies are ISO 4217 codes."""

    COUNT = "count"  # number of things
    PERCENT = "percent"  # growth rate


#: ISO 639-1 codes of the languages suivi extracts.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en")
