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
        <location filename="../../desktop/views/main_window.py" line="+98"/>
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
        <location line="+49"/>
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
        <location line="+81"/>
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
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../desktop/views/organisation_table.py" line="+121"/>
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
        <location filename="../../desktop/views/pages/organisations.py" line="+53"/>
        <source>Search by name or short name</source>
        <translation>Zoek op naam of korte naam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No organisations yet</source>
        <translation>Nog geen organisaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a file of organisations with &apos;helixmatch import organisations FILE&apos;, or add the demonstration data with &apos;helixmatch demo add&apos;.</source>
        <translation>Importeer een bestand met organisaties met &apos;helixmatch import organisations BESTAND&apos;, of voeg de demonstratiegegevens toe met &apos;helixmatch demo add&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No organisation matches “%1”.</source>
        <translation>Geen organisatie komt overeen met “%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading organisations…</source>
        <translation>Organisaties laden…</translation>
    </message>
    <message>
        <location line="+5"/>
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
</TS>
