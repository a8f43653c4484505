"""The words of what is wrong with an input file, and of the fields of the organisations file,
without the place (the interface shows row and column apart); the command line and the import
reports keep their English lines (``desktop.services.importing.problems``)."""

from __future__ import annotations

from desktop.services.importing.organisations_file import OrganisationField
from desktop.services.importing.problems import FileProblem

FILE_PROBLEMS: dict[FileProblem, tuple[str, str]] = {
    FileProblem.NOT_FOUND: ("file not found", "bestand niet gevonden"),
    FileProblem.UNREADABLE: ("cannot be read: {value}", "niet te lezen: {value}"),
    FileProblem.UNKNOWN_ENCODING: (
        "cannot tell the text encoding ({value}); save it as CSV UTF-8",
        "de tekstcodering is niet vast te stellen ({value}); sla het op als CSV UTF-8",
    ),
    FileProblem.OLD_EXCEL: (
        "an old Excel workbook (.xls); save it as .xlsx or CSV UTF-8",
        "een oude Excel-werkmap (.xls); sla het op als .xlsx of CSV UTF-8",
    ),
    FileProblem.NOT_XLSX: (
        "not a readable Excel workbook: {value}",
        "geen leesbare Excel-werkmap: {value}",
    ),
    FileProblem.UNKNOWN_SHEET: (
        "no sheet '{value}' (sheets: {expected})",
        "geen werkblad '{value}' (werkbladen: {expected})",
    ),
    FileProblem.SHEET_OF_CSV: (
        "a CSV file: it has no sheets (asked for '{value}')",
        "een CSV-bestand: het heeft geen werkbladen (gevraagd werd '{value}')",
    ),
    FileProblem.CELL_WITHOUT_HEADER: (
        "a value in column {value}, which has no header",
        "een waarde in kolom {value}, die geen kop heeft",
    ),
    FileProblem.EMPTY: ("no header row", "geen kopregel"),
    FileProblem.MALFORMED_CSV: ("not valid CSV: {value}", "geen geldige CSV: {value}"),
    FileProblem.MISSING_COLUMN: (
        "required column is missing (expected columns: {expected})",
        "verplichte kolom ontbreekt (verwachte kolommen: {expected})",
    ),
    FileProblem.MISSING_FIELD: (
        "no column is chosen for this required field",
        "voor dit verplichte veld is geen kolom gekozen",
    ),
    FileProblem.IGNORED_COLUMN: (
        "not imported: no field chosen",
        "wordt niet geïmporteerd: geen veld gekozen",
    ),
    FileProblem.UNKNOWN_FIELD: ("'{value}' is not a field", "'{value}' is geen veld"),
    FileProblem.FIELD_MAPPED_TWICE: (
        "'{value}' is also chosen for column '{expected}'",
        "'{value}' is ook gekozen voor kolom '{expected}'",
    ),
    FileProblem.UNKNOWN_DEFAULT: (
        "a default for '{value}', which is not a field",
        "een standaardwaarde voor '{value}', dat geen veld is",
    ),
    FileProblem.UNKNOWN_MAPPED_COLUMN: (
        "the mapping names a column this file does not have",
        "de kolomindeling noemt een kolom die dit bestand niet heeft",
    ),
    FileProblem.BAD_MAPPING: (
        "not a usable mapping file: {value}",
        "geen bruikbaar bestand met een kolomindeling: {value}",
    ),
    FileProblem.UNKNOWN_PLACE: (
        "'{value}' is no Dutch town or municipality; the organisation gets no region",
        "'{value}' is geen Nederlandse plaats of gemeente; de organisatie krijgt geen regio",
    ),
    FileProblem.AMBIGUOUS_PLACE: (
        (
            "'{value}' is a town in more than one municipality ({expected}); give the province or "
            "municipality to place the organisation"
        ),
        (
            "'{value}' is een plaats in meer dan één gemeente ({expected}); geef de provincie of "
            "gemeente om de organisatie te plaatsen"
        ),
    ),
    FileProblem.UNKNOWN_COLUMN: (
        "unknown column (known columns: {expected})",
        "onbekende kolom (bekende kolommen: {expected})",
    ),
    FileProblem.DUPLICATE_COLUMN: ("column appears twice", "kolom komt twee keer voor"),
    FileProblem.WRONG_FIELD_COUNT: (
        "{value} fields where the header has {expected}",
        "{value} velden waar de kopregel er {expected} heeft",
    ),
    FileProblem.REQUIRED: ("a value is required", "een waarde is verplicht"),
    FileProblem.UNKNOWN_VALUE: (
        "unknown value '{value}' (expected one of: {expected})",
        "onbekende waarde '{value}' (verwacht een van: {expected})",
    ),
    FileProblem.NOT_INTEGER: ("'{value}' is not a whole number", "'{value}' is geen geheel getal"),
    FileProblem.OUT_OF_RANGE: (
        "'{value}' is out of range ({expected})",
        "'{value}' valt buiten het bereik ({expected})",
    ),
    FileProblem.NOT_NUMBER: ("'{value}' is not a number", "'{value}' is geen getal"),
    FileProblem.NOT_BOOLEAN: (
        "'{value}' is not yes/no (expected: {expected})",
        "'{value}' is geen ja/nee (verwacht: {expected})",
    ),
    FileProblem.BAD_KVK: (
        "'{value}' is not a KvK number of 8 digits",
        "'{value}' is geen KvK-nummer van 8 cijfers",
    ),
    FileProblem.KVK_ZEROS_RESTORED: (
        (
            "the workbook holds {value} as a number, which drops leading zeros; read as KvK "
            "number {expected}"
        ),
        (
            "de werkmap bevat {value} als getal, waardoor voorloopnullen wegvallen; gelezen als "
            "KvK-nummer {expected}"
        ),
    ),
    FileProblem.KVK_ZERO_RESTORED: (
        (
            "'{value}' has seven digits: Excel drops the leading zero of a KvK number when it "
            "saves CSV; read as KvK number {expected}"
        ),
        (
            "'{value}' heeft zeven cijfers: Excel laat de voorloopnul van een KvK-nummer weg als "
            "het CSV opslaat; gelezen als KvK-nummer {expected}"
        ),
    ),
    FileProblem.SME_FROM_EMPLOYEES: (
        (
            "no SME status given; with {value} employees it is taken as an SME (EU definition: "
            "fewer than 250 employees)"
        ),
        (
            "geen mkb-status gegeven; met {value} medewerkers geldt het als mkb (EU-definitie: "
            "minder dan 250 medewerkers)"
        ),
    ),
    FileProblem.BAD_PIC: (
        "'{value}' is not a PIC of 9 digits",
        "'{value}' is geen PIC van 9 cijfers",
    ),
    FileProblem.BAD_ROR: (
        "'{value}' is not a ROR id like https://ror.org/05mf3wf75",
        "'{value}' is geen ROR-id zoals https://ror.org/05mf3wf75",
    ),
    FileProblem.BAD_POSTCODE: (
        "'{value}' is not a Dutch postcode like '1234 AB'",
        "'{value}' is geen Nederlandse postcode zoals '1234 AB'",
    ),
    FileProblem.BAD_WEBSITE: ("'{value}' is not a web address", "'{value}' is geen webadres"),
    FileProblem.KIND_MISMATCH: (
        "type '{value}' belongs to helix kind '{expected}'",
        "type '{value}' hoort bij helixsoort '{expected}'",
    ),
    FileProblem.PROVINCE_MISMATCH: (
        "the municipality lies in province {expected}, not '{value}'",
        "de gemeente ligt in provincie {expected}, niet in '{value}'",
    ),
    FileProblem.DUPLICATE_ID: (
        "'{value}' occurs more than once in this file (first in row {expected})",
        "'{value}' komt meer dan eens voor in dit bestand (eerst in rij {expected})",
    ),
    FileProblem.BAD_DATE: (
        "'{value}' is not a date like 2024-01-31",
        "'{value}' is geen datum zoals 2024-01-31",
    ),
    FileProblem.END_BEFORE_START: (
        "end year {value} lies before start year {expected}",
        "eindjaar {value} ligt voor beginjaar {expected}",
    ),
    FileProblem.UNKNOWN_PROJECT: (
        "no project with external id '{value}' in the file or the database",
        "geen project met extern id '{value}' in het bestand of de database",
    ),
    FileProblem.UNKNOWN_ORGANISATION: (
        "no organisation with external id '{value}' in the database",
        "geen organisatie met extern id '{value}' in de database",
    ),
    FileProblem.CONFLICT: (
        "conflicts with an organisation already stored ({value})",
        "botst met een organisatie die al is opgeslagen ({value})",
    ),
}

# The words of SME_FROM_EMPLOYEES when the employees make it no SME (``expected`` is "no").
NOT_SME_FROM_EMPLOYEES: tuple[str, str] = (
    (
        "no SME status given; with {value} employees it is taken as no SME (EU definition: "
        "fewer than 250 employees)"
    ),
    (
        "geen mkb-status gegeven; met {value} medewerkers geldt het niet als mkb "
        "(EU-definitie: minder dan 250 medewerkers)"
    ),
)

FIELDS: dict[OrganisationField, tuple[str, str]] = {
    OrganisationField.NAME: ("Name", "Naam"),
    OrganisationField.EXTERNAL_ID: ("Your own id", "Eigen id"),
    OrganisationField.SHORT_NAME: ("Short name", "Korte naam"),
    OrganisationField.ALIASES: ("Other names", "Andere namen"),
    OrganisationField.KIND: ("Helix kind", "Helixsoort"),
    OrganisationField.TYPE: ("Type of organisation", "Soort organisatie"),
    OrganisationField.COUNTRY: ("Country", "Land"),
    OrganisationField.CITY: ("City or town", "Plaats"),
    OrganisationField.MUNICIPALITY: ("Municipality", "Gemeente"),
    OrganisationField.POSTCODE: ("Postcode", "Postcode"),
    OrganisationField.PROVINCE: ("Province", "Provincie"),
    OrganisationField.KVK: ("KvK number", "KvK-nummer"),
    OrganisationField.PIC: ("PIC (EU participant code)", "PIC (EU-deelnemerscode)"),
    OrganisationField.WEBSITE: ("Website", "Website"),
    OrganisationField.DESCRIPTION: ("Description", "Omschrijving"),
    OrganisationField.KEYWORDS: ("Keywords", "Trefwoorden"),
    OrganisationField.TOPSECTORS: ("Topsectors", "Topsectoren"),
    OrganisationField.TECHNOLOGIES: ("Key technologies", "Sleuteltechnologieën"),
    OrganisationField.MISSIONS: ("Missions", "Missies"),
    OrganisationField.EMPLOYEES: ("Employees", "Medewerkers"),
    OrganisationField.SME: ("SME", "Mkb"),
    OrganisationField.ROR: ("ROR id", "ROR-id"),
}
