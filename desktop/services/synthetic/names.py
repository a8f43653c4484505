"""Word material for synthetic data: Dutch organisation names, keywords and project titles.

Pure functions of a ``random.Random``; the generator in ``desktop.services.synthetic`` decides
who gets what.
"""

from __future__ import annotations

import re
from random import Random

from matching.text import fold


def _words(text: str, separator: str | None = None) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split(separator) if word.strip())


# Company names combine a root and a tail (Hydro + flow), so that 100,000 of them rarely repeat.
ROOTS = _words(
    """
    Aqua Agri Bio Blue Circ Clear Cyber Delta Eco Electro Energ Flex Flora Fluid Geo Green Helio
    Hydro Infra Lumi Medi Micro Nano Neo Nova Opti Photo Poly Quant Robo Sens Smart Sol Stella
    Terra Therm Vita Volt Wind Zephyr Alto Core Dyna Fusion Graph Kite Linq Maas Noord Polder Rijn
    Duin Veen Wad Zilt Klei Tulp Dijk Amber Kristal Orion Vector Zuid Oost West Arc Axi Bright Cara
    Cirro Coda Cosmo Crys Echo Elan Evo Gaia Hexa Inno Kine Lago Magne Meta Mira Navi Nexo Omni
    Pano Pixa Prima Pulse Qubi Radi Sana Sigma Syn Tecto Tera Ultra Vario Velo Veri Vivo Xeno Zeno
    Blauw Groen Helder Licht Snel Zon Lucht Aarde Vuur Eik Berk Wilg Meeuw Reiger Kompas Anker
    """
)
TAILS = _words(
    """
    tec tech tronics gen lab logic matic wise flow line works sys cell med form motion scope sense
    point wave grid nomics field bridge port vision plex ion ix ity ora ex ware mind craft base
    lytics ium sphere link hub net mate tron dyn flux valley stream
    """
)
FAMILIES = _words(
    """
    Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|
    Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|
    Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|de Jong|
    Schouten|van Beek|Willems|van Dijk|Hoekstra|Maas|Verhoeven|Koster|Prins|Blom|Huisman|Peeters|
    Kuipers|Postma|Wouters|Kramer|Timmermans|Bosman
    """,
    "|",
)
GENERIC_ACTIVITIES = _words(
    """
    Solutions|Systems|Technologies|Engineering|Innovations|Labs|Techniek|Advies|Services|Industries|
    Products|Consultancy|Ontwikkeling|Automatisering|Productie
    """,
    "|",
)
# Activity words by a fragment of the (folded) topsector name, so any topsector codes work.
_FLAVOURS = {
    "agri": "Agro|Food|Voeding|Zuivel|Diervoeders|Farming|Veehouderij|Akkerbouw|Proteins",
    "chemie": "Chemicals|Coatings|Polymers|Kunststoffen|Composieten|Biobased|Recycling|Catalysis",
    "creatie": "Design|Media|Studio|Games|Interactive|Content|Architectuur|Visuals",
    "energie": "Energy|Solar|Power|Waterstof|Warmtepompen|Batterijen|Wind|Energiesystemen|Grids",
    "logistiek": "Logistics|Transport|Cargo|Distributie|Supply Chain|Mobility|Fleet|Expeditie",
    "high tech": "Photonics|Mechatronics|Robotics|Sensoren|Machinebouw|Precision|Optics",
    "life": "Pharma|Medical|Diagnostics|Therapeutics|Health|Biotech|Medische Technologie|Care",
    "tuinbouw": "Greenhouse|Seeds|Plant|Kassenbouw|Zaden|Horticulture|Veredeling|Bloemen",
    "water": "Marine|Water|Offshore|Scheepsbouw|Maritime|Waterbehandeling|Dredging|Hydraulics",
    "ict": "Software|Data|Digital|Cloud|Analytics|Security|Platforms|AI",
}
FLAVOURS = {fragment: _words(text, "|") for fragment, text in _FLAVOURS.items()}
# Which societal themes (fragments of their folded names) a topsector mostly works for.
TOPSECTOR_THEMES = {
    "agri": ("landbouw",),
    "tuinbouw": ("landbouw",),
    "water": ("water", "veiligheid"),
    "energie": ("energie",),
    "chemie": ("energie", "duurzaam"),
    "logistiek": ("energie", "landbouw"),
    "life": ("gezondheid",),
    "high tech": ("energie", "gezondheid", "veiligheid"),
    "creatie": ("gezondheid", "veiligheid"),
    "ict": ("veiligheid", "gezondheid", "energie"),
}
# Which key technologies (fragments of their folded Dutch names) a topsector mostly uses.
TOPSECTOR_TECHNOLOGIES = {
    "agri": ("biotech", "sensor", "data", "robot"),
    "tuinbouw": ("robot", "sensor", "data", "biotech", "fotonica"),
    "water": ("sensor", "autonome", "ruimtevaart", "data"),
    "energie": ("energieopslag", "materialen", "sensor", "intelligentie"),
    "chemie": ("chemische", "materialen", "biotech", "nano"),
    "logistiek": ("autonome", "data", "blockchain", "connectiviteit", "robot"),
    "life": ("life science", "biotech", "regeneratieve", "nano", "intelligentie"),
    "high tech": ("fotonica", "mechatronica", "robot", "sensor", "halfgeleiders", "productie"),
    "creatie": ("intelligentie", "data", "connectiviteit"),
    "ict": ("intelligentie", "data", "cyber", "blockchain", "connectiviteit", "kwantum"),
}
GOVERNMENT_BODIES = _words("Omgevingsdienst|Veiligheidsregio|GGD|Havenbedrijf|Regio", "|")
DEPARTMENTS = _words("Economie|Duurzaamheid|Mobiliteit|Innovatie|Wonen|Zorg en Welzijn|Water", "|")
COOPERATIVE_SECTORS = _words("Energie|Zorg|Agrarische Natuur|Water|Voedsel|Mobiliteit|Warmte", "|")
# Name forms: {f} an activity word of the topsector, {c} the city, {k} a keyword.
KNOWLEDGE_FORMS = _words(
    "Kenniscentrum {f} {c}|Expertisecentrum {f} {c}|{c} Institute for {f}|Instituut {k} {c}", "|"
)
OTHER_KNOWLEDGE_FORMS = _words(
    "Fieldlab {f} {c}|Proeftuin {k} {c}|Testcentrum {f} {c}|Innovatiecentrum {f} {c}",
    "|",
)
NGO_FORMS = _words(
    "Netwerk {f} {c}|Platform {k} {c}|{f} Alliantie {c}|Burgerinitiatief {k} {c}", "|"
)
BRANCH_FORMS = _words(
    "Ondernemersvereniging {c}|Vereniging {f} {c}|Branchevereniging {f} en {k}|{f} Federatie {c}",
    "|",
)
COOPERATIVE_FORMS = _words("{s}coöperatie {c} U.A.|Coöperatie {k} {c} U.A.", "|")
# Title forms: {t} the mission's topic, {n}/{N} and {o} nouns, {c} a place, {F}/{f} an activity.
TOPIC_FORMS = _words("{F} voor {t}|Opschaling van {t} in {c}|Naar {t}|Samen werken aan {t}", "|")
NOUN_FORMS = _words(
    """
    Proeftuin {n} {c}|Living lab {n} {c}|{N} en {o}: van onderzoek naar praktijk|{N} met {f}|
    {F} voor {n}|Innovaties in {n}|{F} in de keten: {n}
    """,
    "|",
)
ADJECTIVE_ENDINGS = _words("lijk ig baar isch ief vrij neutraal robuust gezond veilig")
# Words too general to be an organisation's keyword.
STOPWORDS = frozenset(
    _words(
        """
    aan alle als andere bij binnen daarbij daarmee daarom dat deze die dit door drie een eigen
    elkaar alleen hebben heeft hier hun ieder iedereen jaar komen kunnen maar meer meest minder
    minimaal moet moeten naar niet nieuwe nog onder ons onze ook over procent samen tegen tenminste
    terwijl tijdens toch tot twee uit veel verder voor vooral waar waarbij wat worden wordt zijn
    zich zodat zoals zonder zullen zowel geen gaan gaat goed groot grote hoe jaren kan leven
    maken manier mensen nederland nederlandse staat steeds van vanaf vijf wij best land wereld
    centrale missie langer kleinere sneller meedoen vanuit optreden substantieel doelstelling
    activiteiten ontwikkelingen onvoorspelbare onvoorstelbare anderzijds enerzijds implementeren
    verzilveren beheersbare vervolgens mogelijkheid georganiseerd nederlanders aantrekkelijke
    terugdringen toegenomen afgenomen gewaardeerd succesvolle tegenstander operationeel
    restproducten ontwikkelen organisaties toepassingen definitie doorlopen verminderd verdienen
    inclusief effectief efficient beschermt wereldwijde permanent benutting stimuleren nationale
    halvering verzamelen produceren consumeren
        """
    )
)
_WORD = re.compile(r"[^\W\d_][^\W_]+(?:-[^\W_]+)*")


def content_words(text: str, shortest: int = 5) -> list[str]:
    """Lower-case words (``zonne-energie`` is one) without stopwords, first occurrence first."""
    words = [w for w in _WORD.findall(text.lower()) if len(w) >= shortest]
    return list(dict.fromkeys(w for w in words if fold(w) not in STOPWORDS))


def mission_keywords(title: str, text: str) -> list[str]:
    """The words of a mission's title and the long words of its text (mostly compounds such as
    ``kringlooplandbouw``): what an organisation working on the mission would call its work."""
    return list(dict.fromkeys(content_words(title, 4) + content_words(text, 9)))


def mission_topic(title: str) -> str | None:
    """A short mission title as a phrase inside a sentence (``Circulaire economie`` ->
    ``circulaire economie``); None for a long one or one with numbers."""
    first, _, rest = title.partition(" ")
    if first.lower() in ("de", "het", "een") and rest:
        title = rest
    if len(title.split()) > 4 or any(ch.isdigit() or ch in ":," for ch in title.replace("CO2", "")):
        return None
    return title if title[1:2].isupper() else title[0].lower() + title[1:]


def _by_fragment(table: dict[str, tuple[str, ...]], topsector_name: str) -> tuple[str, ...]:
    folded = fold(topsector_name)
    return next((value for fragment, value in table.items() if fragment in folded), ())


def flavour_words(topsector_name: str) -> tuple[str, ...]:
    """Words for what a company in this topsector does (``Photonics``, ``Zuivel``)."""
    return _by_fragment(FLAVOURS, topsector_name) or GENERIC_ACTIVITIES


def theme_fragments(topsector_name: str) -> tuple[str, ...]:
    """Fragments of the themes this topsector mostly serves; empty when unknown (then: all)."""
    return _by_fragment(TOPSECTOR_THEMES, topsector_name)


def technology_fragments(topsector_name: str) -> tuple[str, ...]:
    """Fragments of the technologies this topsector mostly uses; empty when unknown (then: all)."""
    return _by_fragment(TOPSECTOR_TECHNOLOGIES, topsector_name)


def _family(rng: Random) -> str:
    name = rng.choice(FAMILIES)
    return name[0].upper() + name[1:]


def company_name(rng: Random, city: str, flavours: tuple[str, ...]) -> str:
    activity = rng.choice(flavours if rng.random() < 0.7 else GENERIC_ACTIVITIES)
    compound = rng.choice(ROOTS) + rng.choice(TAILS)
    pattern = rng.random()
    if pattern < 0.2:
        return f"{_family(rng)} {activity} {city}" + (" B.V." if rng.random() < 0.4 else "")
    if pattern < 0.35:
        return f"{_family(rng)} & {rng.choice(FAMILIES)} {activity}" + (
            " V.O.F." if rng.random() < 0.3 else ""
        )
    name = f"{compound} {city}" if pattern < 0.5 and " " not in city else f"{compound} {activity}"
    return f"{name} B.V." if rng.random() < 0.45 else name


def knowledge_name(rng: Random, city: str, flavour: str, keyword: str, research: bool) -> str:
    forms = KNOWLEDGE_FORMS if research else OTHER_KNOWLEDGE_FORMS
    return rng.choice(forms).format(f=flavour, c=city, k=keyword.capitalize())


def government_name(rng: Random, type_: str, city: str) -> str:
    if type_ == "municipality":
        return f"Gemeente {city}"
    return f"{rng.choice(GOVERNMENT_BODIES)} {city}"


def department(rng: Random, name: str) -> str:
    """A part of an organisation whose name is taken: ``GGD Delft, afdeling Innovatie``."""
    return f"{name}, afdeling {rng.choice(DEPARTMENTS)}"


def society_name(rng: Random, type_: str, city: str, flavour: str, keyword: str) -> str:
    if type_ == "foundation":
        return f"Stichting {keyword.capitalize()} {city}"
    forms = {"cooperative": COOPERATIVE_FORMS, "branch_association": BRANCH_FORMS}
    return rng.choice(forms.get(type_, NGO_FORMS)).format(
        f=flavour, c=city, k=keyword.capitalize(), s=rng.choice(COOPERATIVE_SECTORS)
    )


def website(name: str) -> str:
    """``Bakker & de Vries Techniek B.V.`` -> ``https://www.bakkerdevriestechniek.nl``."""
    words = fold(name.removesuffix(" B.V.").removesuffix(" V.O.F.")).split()
    return f"https://www.{''.join(words)[:40]}.nl"


def _is_adjective(word: str) -> bool:
    """Roughly: attributive adjectives end in -e (circulaire, gebouwde), but -ie, -ee and -te
    mostly end nouns (energie, zee, ziekte); other adjectives have typical endings."""
    if word.endswith("e"):
        return not word.endswith(("ie", "ee", "te"))
    return word.endswith(ADJECTIVE_ENDINGS)


def project_title(
    rng: Random, keywords: list[str], topic: str | None, place: str, flavour: str
) -> str:
    """A title about the mission's topic (a short mission title) or about nouns of its text."""
    nouns = [w for w in keywords if not _is_adjective(w)] or ["innovatie"]
    noun, other = rng.sample(nouns, 2) if len(nouns) > 1 else (nouns[0], "innovatie")
    forms = TOPIC_FORMS + NOUN_FORMS if topic else NOUN_FORMS
    return rng.choice(forms).format(
        t=topic, n=noun, N=noun.capitalize(), o=other, c=place, F=flavour,
        f=flavour if flavour.isupper() else flavour.lower(),
    )  # fmt: skip
