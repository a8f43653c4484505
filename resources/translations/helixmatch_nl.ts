<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CodeLabels</name>
    <message>
        <location filename="../../desktop/views/labels.py" line="+17"/>
        <source>Business</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society</source>
        <translation>Maatschappij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale-up</source>
        <translation>Scale-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SME</source>
        <translation>Mkb-bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large company</source>
        <translation>Groot bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research university</source>
        <translation>Universiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University of applied sciences</source>
        <translation>Hogeschool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TO2 institute</source>
        <translation>TO2-instituut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University medical centre</source>
        <translation>Umc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research institute</source>
        <translation>Onderzoeksinstituut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water board</source>
        <translation>Waterschap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional development agency</source>
        <translation>Regionale ontwikkelingsmaatschappij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TKI</source>
        <translation>TKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>Ngo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperative</source>
        <translation>Coöperatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch association</source>
        <translation>Brancheorganisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demonstratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead</source>
        <translation type="unfinished">Penvoerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcontractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No province (abroad or unknown)</source>
        <translation>Geen provincie (buitenland of onbekend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demonstration data: a fictional organisation. Remove all of it with &apos;helixmatch demo remove&apos;.</source>
        <translation>Demonstratiegegevens: een verzonnen organisatie. Verwijder ze allemaal met &apos;helixmatch demo remove&apos;.</translation>
    </message>
</context>
<context>
    <name>ConsortiumCard</name>
    <message>
        <location filename="../../desktop/views/widgets/consortium_card.py" line="+50"/>
        <source>Lead</source>
        <translation>Penvoerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Alternative %1 · score %2</source>
        <translation>Alternatief %1 · score %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers</source>
        <translation>Dekt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every competence of the request is covered.</source>
        <translation>Elke competentie van de vraag is gedekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the selected member in the next run</source>
        <translation>Houd het gekozen lid vast in de volgende ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the selected member out and run again</source>
        <translation>Laat het gekozen lid weg en zoek opnieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap in</source>
        <translation>Wisselen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the selected member by a candidate</source>
        <translation>Vervang het gekozen lid door een kandidaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this consortium as a draft</source>
        <translation>Bewaar dit consortium als concept</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No instrument chosen: no rules to check.</source>
        <translation>Geen instrument gekozen: geen regels te toetsen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meets the rules of %1.</source>
        <translation>Voldoet aan de regels van %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pinned by you</source>
        <translation>door u vastgezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why %1: %2</source>
        <translation>Waarom %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covers: %1</source>
        <translation>Dekt: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No candidate of the same kind</source>
        <translation>Geen kandidaat van dezelfde soort</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/views/organisation_filters.py" line="+22"/>
        <source>Any helix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any topsector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SME or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMEs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demonstration only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../desktop/views/startup.py" line="+63"/>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A new database was created at %1.</source>
        <translation>Er is een nieuwe database aangemaakt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was brought up to date; a copy of the old one is at %1.</source>
        <translation>De database is bijgewerkt; een kopie van de oude staat in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HelixMatch cannot open the database</source>
        <translation>HelixMatch kan de database niet openen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="+99"/>
        <source>Missions</source>
        <translation>Missies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-stop desk</source>
        <translation>Vraag (1-loket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Matchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional matching</source>
        <translation>Regionaal matchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consortia</source>
        <translation>Consortia</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About HelixMatch</source>
        <translation>&amp;Over HelixMatch</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect when you restart HelixMatch.</source>
        <translation>De nieuwe taal gaat in zodra u HelixMatch opnieuw start.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;HelixMatch %1&lt;/h3&gt;&lt;p&gt;Builds triple- and quadruple-helix innovation consortia for the Dutch mission-driven innovation policy, from a database on your own computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HelixMatch %1&lt;/h3&gt;&lt;p&gt;Stelt triple- en quadruple-helixconsortia voor innovatie samen voor het Nederlandse missiegedreven innovatiebeleid, met een database op uw eigen computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About HelixMatch</source>
        <translation>Over HelixMatch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <location filename="../../desktop/views/match_form.py" line="+59"/>
        <source>A knowledge question or call text, in Dutch or English</source>
        <translation>Een kennisvraag of oproeptekst, in het Nederlands of Engels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triple helix: business, knowledge, government</source>
        <translation>Triple helix: bedrijven, kennis, overheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadruple helix: plus civil society</source>
        <translation>Quadruple helix: plus maatschappij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole knowledge chain</source>
        <translation>Hele kennisketen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A research university, a TO2 institute and a hogeschool together</source>
        <translation>Een universiteit, een TO2-instituut en een hogeschool samen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name to pin…</source>
        <translation>Typ een naam om vast te zetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name to leave out…</source>
        <translation>Typ een naam om weg te laten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mission</source>
        <translation>&amp;Missie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Helix</source>
        <translation>&amp;Helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Omvang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instrument</source>
        <translation>&amp;Instrument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be &amp;in</source>
        <translation>Moet &amp;erin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave out</source>
        <translation>&amp;Weglaten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>any</source>
        <translation>elk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mission: match the question</source>
        <translation>Geen missie: zoek bij de vraag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No instrument</source>
        <translation>Geen instrument</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../desktop/views/pages/match.py" line="+51"/>
        <source>Covers: %1</source>
        <translation>Dekt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Find partners</source>
        <translation>&amp;Partners zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the match (Ctrl+Return)</source>
        <translation>Start de match (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Consortia</source>
        <translation>Consortia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No match yet</source>
        <translation>Nog geen match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a mission or type a question, set the constraints on the left and press Find partners. Alternative consortia appear here side by side, and the ranked candidates with the reasons for each.</source>
        <translation>Kies een missie of typ een vraag, stel links de voorwaarden in en kies Partners zoeken. Hier verschijnen alternatieve consortia naast elkaar, en de gerangschikte kandidaten met de redenen voor elk.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Match</source>
        <translation>Matchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole triple- and quadruple-helix consortia for a mission or a question.</source>
        <translation>Hele triple- en quadruple-helixconsortia voor een missie of een vraag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find partners</source>
        <translation>Partners zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a mission, type a question or pin an organisation first.</source>
        <translation>Kies eerst een missie, typ een vraag of zet een organisatie vast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The smallest size is larger than the largest.</source>
        <translation>De kleinste omvang is groter dan de grootste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching…</source>
        <translation>Bezig met matchen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The match failed</source>
        <translation>De match is mislukt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 candidates, %2 alternative consortia</source>
        <translation>%1 kandidaten, %2 alternatieve consortia</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Why %1: %2</source>
        <translation>Waarom %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pinned %1: it stays in every consortium of the next run.</source>
        <translation>%1 vastgezet: blijft in elk consortium van de volgende ronde.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+26"/>
        <source>Save consortium</source>
        <translation>Consortium bewaren</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved “%1” as a draft consortium.</source>
        <translation>“%1” bewaard als conceptconsortium.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The consortium was not saved</source>
        <translation>Het consortium is niet bewaard</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <location filename="../../desktop/views/organisation_detail.py" line="+79"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectors and missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consortia</source>
        <translation type="unfinished">Consortia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other names, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keywords, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation type="unfinished">Korte naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Helix</source>
        <translation type="unfinished">&amp;Helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished">Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation type="unfinished">Provincie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Topsectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions</source>
        <translation type="unfinished">Missies</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts are personal data: keep only what the work needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Role</source>
        <translation type="unfinished">Rol</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation type="unfinished">Projecten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to show this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No projects known for this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not in any consortium yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in at least the name, then save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Track record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../desktop/views/widgets/organisation_picker.py" line="+75"/>
        <source>Delete removes the selected organisations.</source>
        <translation>Delete verwijdert de gekozen organisaties.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../desktop/views/organisation_table.py" line="+141"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helix</source>
        <translation>Helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SME</source>
        <translation>Mkb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../desktop/views/pages/organisations.py" line="+172"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No organisations yet</source>
        <translation>Nog geen organisaties</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Search names, short names and aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds names that are alike too: typos are tolerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No organisation chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one in the list to see and edit it, or add a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add one with New (Ctrl+N), import a file of organisations with &apos;helixmatch import organisations FILE&apos;, or add the demonstration data with &apos;helixmatch demo add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge two organisations that are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This organisation was changed elsewhere after you opened it. Your changes were not saved; the pane now shows the stored values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organisation not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This organisation is a member of %1 consortia. Remove it from them first, or merge it with the organisation that replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1” with its contacts and project history? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merge organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the two do you keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other one is removed: its projects, consortium memberships, contacts and questions move to the one you keep, its names become aliases, and fields the kept one leaves empty are filled from it. A merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merged “%1” into the kept organisation: %2 projects, %3 consortia, %4 contacts moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No organisation matches “%1”.</source>
        <translation>Geen organisatie komt overeen met “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No organisation matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading organisations…</source>
        <translation>Organisaties laden…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisations: %1 of %2</source>
        <translation>Organisaties: %1 van %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisations: %1</source>
        <translation>Organisaties: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisations could not be loaded</source>
        <translation>De organisaties konden niet worden geladen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/views/pages/overview.py" line="+69"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the database holds: organisations per helix, province and origin.</source>
        <translation>Wat de database bevat: organisaties per helix, provincie en herkomst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project participations</source>
        <translation>Projectdeelnames</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No organisations yet.</source>
        <translation>Nog geen organisaties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per helix kind</source>
        <translation>Per helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per origin</source>
        <translation>Per herkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per province</source>
        <translation>Per provincie</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Organisations: %1 · projects: %2</source>
        <translation>Organisaties: %1 · projecten: %2</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <location filename="../../desktop/views/pages/planned.py" line="+18"/>
        <source>Missions</source>
        <translation>Missies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The missions of the four societal themes, each with its target year, and the organisations that work on them. Start a consortium for a mission from here.</source>
        <translation>De missies van de vier maatschappelijke thema&apos;s, elk met het jaar waarin het doel bereikt moet zijn, en de organisaties die eraan werken. Begin hier een consortium voor een missie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One-stop desk</source>
        <translation>Vraag (1-loket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SME asks one knowledge question in one place. HelixMatch suggests knowledge partners across the whole chain (university, TO2 institute, hogeschool), fitting instruments and a draft proposal.</source>
        <translation>Een mkb-bedrijf stelt op één plek één kennisvraag. HelixMatch stelt kennispartners uit de hele kennisketen voor (universiteit, TO2-instituut, hogeschool), met passende instrumenten en een eerste projectvoorstel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Match</source>
        <translation>Matchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggests triple- and quadruple-helix consortia for a mission or a call: partners from business, knowledge, government and civil society, with the reason each one is there.</source>
        <translation>Stelt triple- en quadruple-helixconsortia voor bij een missie of een call: partners uit bedrijfsleven, kennisinstellingen, overheid en maatschappij, met de reden waarom elk van hen erbij hoort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regional matching</source>
        <translation>Regionaal matchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches regional SMEs with each other and with knowledge institutions, for instance for an MIT project with at least two independent SMEs. A region is a preference, never a wall.</source>
        <translation>Koppelt mkb-bedrijven in de regio aan elkaar en aan kennisinstellingen, bijvoorbeeld voor een MIT-project met ten minste twee zelfstandige mkb-bedrijven. Een regio is een voorkeur, nooit een muur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consortia</source>
        <translation>Consortia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consortia you are building: partners, roles and budget split, ready to export as a proposal, a budget sheet or a file for a colleague.</source>
        <translation>De consortia die u samenstelt: partners, rollen en budgetverdeling, klaar om te exporteren als voorstel, als begrotingsblad of als bestand voor een collega.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This page arrives in a coming version of HelixMatch.</source>
        <translation>Deze pagina komt in een volgende versie van HelixMatch.</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../../desktop/views/reason_words.py" line="+51"/>
        <source>Matches: %1</source>
        <translation>Past bij: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects on the topic: %1</source>
        <translation>Projecten over het onderwerp: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked with %1 (%2 projects)</source>
        <translation>Werkte samen met %1 (%2 projecten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works with the partners&apos; partners</source>
        <translation>Werkt met de partners van de partners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works on mission %1</source>
        <translation>Werkt aan missie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearby, in %1</source>
        <translation>Dichtbij, in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shares topsectors: %1</source>
        <translation>Deelt topsectoren: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shares key technologies: %1</source>
        <translation>Deelt sleuteltechnologieën: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track record: %1 projects</source>
        <translation>Staat van dienst: %1 projecten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SME, as the instrument asks</source>
        <translation>Een mkb-bedrijf, zoals het instrument vraagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in %1 open consortia</source>
        <translation>Al in %1 open consortia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 participants required, %2 found</source>
        <translation>Minstens %1 deelnemers vereist, %2 gevonden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 participants allowed, %2 found</source>
        <translation>Hoogstens %1 deelnemers toegestaan, %2 gevonden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 independent SMEs required, %2 found</source>
        <translation>Minstens %1 zelfstandige mkb-bedrijven vereist, %2 gevonden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>At least %1 of %2 required, %3 found</source>
        <translation>Minstens %1 van %2 vereist, %3 gevonden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not allowed as participants: %1 (%2)</source>
        <translation>Niet toegestaan als deelnemer: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 countries required, %2 found</source>
        <translation>Minstens %1 landen vereist, %2 gevonden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No participant may bear more than %1 of the costs; the largest share is %2</source>
        <translation>Geen deelnemer mag meer dan %1 van de kosten dragen; het grootste aandeel is %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Research organisations may bear at most %1 of the costs, not %2</source>
        <translation>Onderzoeksorganisaties mogen hoogstens %1 van de kosten dragen, niet %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A budget of at least %1 is required, not %2</source>
        <translation>Een begroting van minstens %1 is vereist, niet %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A budget of at most %1 is allowed, not %2</source>
        <translation>Een begroting van hoogstens %1 is toegestaan, niet %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>The lead must be %1 (not %2)</source>
        <translation>De penvoerder moet %1 zijn (niet %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exactly one lead required, %1 found</source>
        <translation>Precies één penvoerder vereist, %1 gevonden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instrument has an unknown rule: %1</source>
        <translation>Het instrument heeft een onbekende regel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instrument has a malformed rule: %1</source>
        <translation>Het instrument heeft een onjuiste regel: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the largest cost share per participant</source>
        <translation>het grootste kostenaandeel per deelnemer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the research organisations&apos; share</source>
        <translation>het aandeel van onderzoeksorganisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minimum budget</source>
        <translation>de minimale begroting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the maximum budget</source>
        <translation>de maximale begroting</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checked once every member has a budget: %1</source>
        <translation>Getoetst zodra elk lid een begroting heeft: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The size cannot be met: at least %1 members are needed, at most %2 allowed</source>
        <translation>De omvang is niet haalbaar: minstens %1 leden nodig, hoogstens %2 toegestaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consortium meets every constraint</source>
        <translation>Geen consortium voldoet aan alle voorwaarden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>independent SMEs</source>
        <translation>zelfstandige mkb-bedrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisations that may lead</source>
        <translation>organisaties die penvoerder mogen zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>countries</source>
        <translation>landen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be met: %1 needed of %2, only %3 available</source>
        <translation>Niet haalbaar: %1 nodig van %2, maar %3 beschikbaar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown organisation: %1</source>
        <translation>Onbekende organisatie: %1</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../desktop/views/widgets/run_bar.py" line="+35"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run (Esc)</source>
        <translation>Stop de ronde (Esc)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
</TS>
