<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AlternativesView</name>
    <message>
        <location filename="../../desktop/views/widgets/alternatives.py" line="+31"/>
        <source>Alternative consortia</source>
        <translation>Alternatieve consortia</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Meets the rules</source>
        <translation>Voldoet aan de regels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules not met</source>
        <translation>Regels niet nageleefd</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/views/backups_dialog.py" line="+45"/>
        <location line="+237"/>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Backups kept of each kind</source>
        <translation>Bewaarde back-ups per soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups &amp;kept of each kind:</source>
        <translation>Aantal bewaarde back-ups &amp;per soort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowering the number deletes the oldest backups beyond it when the next backup is made (they are greyed out below); until then, raising it again keeps them.</source>
        <translation>Een lager aantal verwijdert de oudste back-ups daarboven zodra de volgende back-up wordt gemaakt (hieronder grijs); tot dan blijven ze bewaard als u het aantal weer verhoogt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backups yet. HelixMatch makes one each day you open this database and one before every import and update; “Back up now” makes one at once.</source>
        <translation>Nog geen back-ups. HelixMatch maakt er een op elke dag dat u deze database opent, en een vóór elke import en update; „Nu back-up maken” maakt er meteen een.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;file…</source>
        <translation>Terugzetten uit be&amp;stand…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update of HelixMatch</source>
        <translation>Vóór een update van HelixMatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on request</source>
        <translation>Op verzoek gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a restore</source>
        <translation>Vervangen door terugzetten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is a team database on a server. It is backed up on the server (for instance with pg_dump), not by HelixMatch.</source>
        <translation>Dit is een teamdatabase op een server. Daarvan wordt op de server een back-up gemaakt (bijvoorbeeld met pg_dump), niet door HelixMatch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backups are kept in %1.</source>
        <translation>Back-ups worden bewaard in %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Deleted when the next backup is made: only the newest %n of each kind are kept.</source>
        <translation>
            <numerusform>Verwijderd bij de volgende back-up: alleen de nieuwste van elke soort wordt bewaard.</numerusform>
            <numerusform>Verwijderd bij de volgende back-up: alleen de nieuwste %n van elke soort worden bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Restore from file</source>
        <translation>Terugzetten uit bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HelixMatch databases (*.db)</source>
        <translation>HelixMatch-databases (*.db)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Replace everything in this database by the backup %1?

What the database holds now is kept as a backup of its own.</source>
        <translation>Alles in deze database vervangen door de back-up %1?

Wat de database nu bevat, wordt als aparte back-up bewaard.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup was restored. What the database held before is in the list.</source>
        <translation>De back-up is teruggezet. Wat de database eerst bevatte, staat in de lijst.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/views/importing/check_page.py" line="+65"/>
        <source>Check and review</source>
        <translation>Controleren en beoordelen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Export problems…</source>
        <translation>Problemen &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave out every row with errors</source>
        <translation>Elke rij met fouten &amp;weglaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely the same as</source>
        <translation>Waarschijnlijk dezelfde als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Aanwijzingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors and warnings:</source>
        <translation>Fouten en waarschuwingen:</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%Ln row(s) with errors: type the right value under Put right, or leave the row out. The other rows are checked as well.</source>
        <translation>
            <numerusform>%Ln rij met fouten: typ de juiste waarde onder Verbeteren, of laat de rij weg. De andere rijen zijn ook gecontroleerd.</numerusform>
            <numerusform>%Ln rijen met fouten: typ de juiste waarde onder Verbeteren, of laat de rij weg. De andere rijen zijn ook gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln row(s) ready to import.</source>
        <translation>
            <numerusform>%Ln rij klaar om te importeren.</numerusform>
            <numerusform>%Ln rijen klaar om te importeren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no rows to import.</source>
        <translation>Er zijn geen rijen om te importeren.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln likely duplicate(s): choose what happens to each.</source>
        <translation>
            <numerusform>%Ln waarschijnlijk dubbele rij: kies wat ermee gebeurt.</numerusform>
            <numerusform>%Ln waarschijnlijk dubbele rijen: kies voor elk wat ermee gebeurt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Likely duplicates (%Ln):</source>
        <translation>
            <numerusform>Waarschijnlijk dubbel (%Ln):</numerusform>
            <numerusform>Waarschijnlijk dubbel (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely duplicates: none found</source>
        <translation>Waarschijnlijk dubbel: niets gevonden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns chosen do not fit the file; go back to put them right.</source>
        <translation>De gekozen kolommen passen niet bij het bestand; ga terug om ze te verbeteren.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Likely duplicates:</source>
        <translation>Waarschijnlijke dubbelen:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking every row…</source>
        <translation>Elke rij wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Beide houden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (row %2 of the file)</source>
        <translation>%1 (rij %2 van het bestand)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The check failed.</source>
        <translation>De controle is mislukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import organisations</source>
        <translation>Organisaties importeren</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Export problems</source>
        <translation>Problemen exporteren</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <location filename="../../desktop/views/labels.py" line="+42"/>
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
    <message>
        <location line="+5"/>
        <source>%1 [Demo]</source>
        <translation>%1 [Demo]</translation>
    </message>
</context>
<context>
    <name>ConsortiaPage</name>
    <message>
        <location filename="../../desktop/views/pages/consortia/page.py" line="+82"/>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by title</source>
        <translation>Filteren op titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Delete consortium</source>
        <translation>Consortium &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <location line="+171"/>
        <location line="+125"/>
        <source>New consortium</source>
        <translation>Nieuw consortium</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Start a new consortium (Ctrl+Shift+N)</source>
        <translation>Een nieuw consortium beginnen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen consortium</source>
        <translation>Het gekozen consortium verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the chosen consortium as PDF, Word, Excel, JSON or share file (Ctrl+E)</source>
        <translation>Het gekozen consortium exporteren als PDF, Word, Excel, JSON of deelbestand (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a consortium from a colleague&apos;s share file (Ctrl+Shift+I)</source>
        <translation>Een consortium importeren uit het deelbestand van een collega (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Pictures…</source>
        <translation>Afbeeldingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helix balance, map, network and coverage of the chosen consortium (Ctrl+Shift+P)</source>
        <translation>Helixbalans, kaart, netwerk en dekking van het gekozen consortium (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No consortia yet</source>
        <translation>Nog geen consortia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start one with New consortium (Ctrl+Shift+N), save one from the Match page, or turn a question at the One-stop desk into a draft.</source>
        <translation>Begin er een met Nieuw consortium (Ctrl+Shift+N), sla er een op vanaf de pagina Matchen, of maak van een vraag aan het loket een concept.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consortia</source>
        <translation>Consortia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consortia you build: members, roles, budget and the rule check.</source>
        <translation>De consortia die u bouwt: leden, rollen, begroting en de regelcontrole.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Consortia: %1</source>
        <translation>Consortia: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consortium has changes that are not saved. Discard them?</source>
        <translation>Het consortium heeft wijzigingen die niet zijn opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” was saved.</source>
        <translation>“%1” is opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The consortium was changed or deleted elsewhere; your changes were not saved. Open it again to see the stored version.</source>
        <translation>Het consortium is elders gewijzigd of verwijderd; uw wijzigingen zijn niet opgeslagen. Open het opnieuw om de opgeslagen versie te zien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The consortium could not be saved</source>
        <translation>Het consortium kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import share file</source>
        <translation>Deelbestand importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HelixMatch share files (*.helixshare);;All files (*)</source>
        <translation>HelixMatch-deelbestanden (*.helixshare);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shared consortium was imported.</source>
        <translation>Het gedeelde consortium is geïmporteerd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the consortium first (Ctrl+S): an export shows what is saved.</source>
        <translation>Sla het consortium eerst op (Ctrl+S): een export toont wat is opgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete consortium</source>
        <translation>Consortium verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” with its members and budget? You can undo this (Ctrl+Z).</source>
        <translation>“%1” verwijderen met de leden en de begroting? U kunt dit ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was deleted.</source>
        <translation>“%1” is verwijderd.</translation>
    </message>
</context>
<context>
    <name>ConsortiumCard</name>
    <message>
        <location filename="../../desktop/views/widgets/consortium_card.py" line="+111"/>
        <source>Alternative %1 · score %2</source>
        <translation>Alternatief %1 · score %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Helix balance</source>
        <translation>Helixbalans</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+41"/>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every competence of the request is covered.</source>
        <translation>Elke competentie van de vraag is gedekt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace the selected member by a candidate or any organisation you name</source>
        <translation>Vervang het gekozen lid door een kandidaat of door een organisatie die u noemt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No longer keep the selected member in the next run</source>
        <translation>Houd het gekozen lid niet meer vast in de volgende ronde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the selected member in the next run</source>
        <translation>Houd het gekozen lid vast in de volgende ronde</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Another organisation…</source>
        <translation>Andere organisatie…</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Drop</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the selected member out and run again (Delete in the member list)</source>
        <translation>Laat het gekozen lid weg en zoek opnieuw (Delete in de ledenlijst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap in</source>
        <translation>Wisselen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this consortium as a draft</source>
        <translation>Bewaar dit consortium als concept</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <source>Unpin</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>ConsortiumEditor</name>
    <message>
        <location filename="../../desktop/views/pages/consortia/editor.py" line="+71"/>
        <source>New consortium</source>
        <translation>Nieuw consortium</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the consortium will do</source>
        <translation>Wat het consortium gaat doen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Acronym</source>
        <translation>Acroniem</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Instrument</source>
        <translation>&amp;Instrument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mission</source>
        <translation>&amp;Missie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a member: type a name…</source>
        <translation>Lid toevoegen: typ een naam…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make lead</source>
        <translation>Penvoerder maken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rule check</source>
        <translation>Regelcontrole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes: the call, deadlines, agreements…</source>
        <translation>Notities: de call, deadlines, afspraken…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Save the consortium (Ctrl+S)</source>
        <translation>Het consortium opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Opnieuw (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Choose an instrument to check its rules.</source>
        <translation>Kies een instrument om de regels ervan te controleren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n member(s) · budget € %1 (cash € %2, in kind € %3)</source>
        <translation>
            <numerusform>%n lid · begroting € %1 (in geld € %2, in natura € %3)</numerusform>
            <numerusform>%n leden · begroting € %1 (in geld € %2, in natura € %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1: %n rule(s) not met</source>
        <translation>
            <numerusform>%1: %n regel niet gehaald</numerusform>
            <numerusform>%1: %n regels niet gehaald</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the rules checked so far are met; some rules wait for budgets.</source>
        <translation>%1: de regels die al te toetsen zijn, worden nageleefd; sommige regels wachten op de begrotingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: every rule is met.</source>
        <translation>%1: elke regel wordt nageleefd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No budget yet: %1</source>
        <translation>Nog geen begroting: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change the title</source>
        <translation>Titel wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the acronym</source>
        <translation>Acroniem wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the instrument</source>
        <translation>Instrument kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the mission</source>
        <translation>Missie kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the notes</source>
        <translation>Notities wijzigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change member “%1”</source>
        <translation>Lid “%1” wijzigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is already a member.</source>
        <translation>“%1” is al lid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add member “%1”</source>
        <translation>Lid “%1” toevoegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove member “%1”</source>
        <translation>Lid “%1” verwijderen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the consortium a title.</source>
        <translation>Geef het consortium een titel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one member.</source>
        <translation>Voeg ten minste één lid toe.</translation>
    </message>
</context>
<context>
    <name>ConsortiumPictures</name>
    <message>
        <location filename="../../desktop/views/pictures/consortium_pictures.py" line="+47"/>
        <source>Helix balance</source>
        <translation>Helixbalans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pictures could not be made: %1</source>
        <translation>De afbeeldingen konden niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No members yet: add them in the editor.</source>
        <translation>Nog geen leden: voeg ze toe in de editor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The title, description and mission name no known competences to check.</source>
        <translation>Titel, beschrijving en missie noemen geen bekende competenties om te toetsen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members per province</source>
        <translation>Leden per provincie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pictures: %1</source>
        <translation>Afbeeldingen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hover for the numbers; right-click or Ctrl+Shift+S to save a picture as PNG or SVG.</source>
        <translation>Wijs aan voor de getallen; klik rechts of druk Ctrl+Shift+S om een afbeelding als PNG of SVG op te slaan.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/views/pictures/dashboard.py" line="+50"/>
        <source>Click a province to see its organisations.</source>
        <translation>Klik op een provincie om haar organisaties te zien.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organisations yet.</source>
        <translation>Nog geen organisaties.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No consortia yet: save one from the Match page.</source>
        <translation>Nog geen consortia: sla er een op vanaf de pagina Matchen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No track record yet: import projects to see who is most active.</source>
        <translation>Nog geen trackrecord: importeer projecten om te zien wie het actiefst is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisations per province</source>
        <translation>Organisaties per provincie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisations per helix kind</source>
        <translation>Organisaties per helix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMEs</source>
        <translation>Mkb-bedrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other companies</source>
        <translation>Andere bedrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMEs and other companies</source>
        <translation>Mkb en andere bedrijven</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consortia per status</source>
        <translation>Consortia per status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No instrument</source>
        <translation>Geen instrument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consortia per instrument and year</source>
        <translation>Consortia per instrument en jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{column}, {series}: {count}</source>
        <translation>{column}, {series}: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Most active in projects</source>
        <translation>Meest actief in projecten</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message numerus="yes">
        <location line="-7"/>
        <source>{name}: {count} project(s)</source>
        <translation>
            <numerusform>{name}: {count} project</numerusform>
            <numerusform>{name}: {count} projecten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../desktop/views/pages/matching/desk.py" line="+109"/>
        <source>Type the company&apos;s name…</source>
        <translation>Typ de naam van het bedrijf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New company…</source>
        <translation>Nieuw bedrijf…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The question in a few words</source>
        <translation>De vraag in een paar woorden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the company wants to know or develop</source>
        <translation>Wat het bedrijf wil weten of ontwikkelen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take in and &amp;answer</source>
        <translation>Opnemen en &amp;beantwoorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the question and answer it (Ctrl+Return)</source>
        <translation>Bewaar de vraag en beantwoord haar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking &amp;company</source>
        <translation>Vragend &amp;bedrijf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mission</source>
        <translation>&amp;Missie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Budget</source>
        <translation>Bu&amp;dget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;frame</source>
        <translation>&amp;Looptijd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chain</source>
        <translation>Keten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fits</source>
        <translation>Past</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the rules say</source>
        <translation>Wat de regels zeggen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make &amp;consortium draft</source>
        <translation>&amp;Conceptconsortium maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the suggested consortium, with the asking company, as a draft</source>
        <translation>Bewaar het voorgestelde consortium, met het vragende bedrijf, als concept</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One question, one place</source>
        <translation>Eén vraag, één loket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take in an SME&apos;s knowledge question on the left. The answer names knowledge partners across the whole chain (research university, TO2 institute, hogeschool), other companies that fit, and the instruments whose rules the suggested consortium meets.</source>
        <translation>Neem links de kennisvraag van een mkb-bedrijf op. Het antwoord noemt kennispartners in de hele keten (universiteit, TO2-instituut, hogeschool), andere bedrijven die passen, en de instrumenten aan wier regels het voorgestelde consortium voldoet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Taken in</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answer &amp;again</source>
        <translation>Opnieuw be&amp;antwoorden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions taken in</source>
        <translation>Opgenomen vragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status of the selected question</source>
        <translation>&amp;Status van de gekozen vraag</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>One-stop desk</source>
        <translation>Eén loket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SME&apos;s knowledge question, answered across the whole knowledge chain.</source>
        <translation>De kennisvraag van een mkb-bedrijf, beantwoord met de hele kennisketen.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Knowledge partners (%n)</source>
        <translation>
            <numerusform>Kennispartners (%n)</numerusform>
            <numerusform>Kennispartners (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Companies (%n)</source>
        <translation>
            <numerusform>Bedrijven (%n)</numerusform>
            <numerusform>Bedrijven (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Instruments (%n)</source>
        <translation>
            <numerusform>Instrumenten (%n)</numerusform>
            <numerusform>Instrumenten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The asking company&apos;s province; a place named in the question goes first.</source>
        <translation>De provincie van het vragende bedrijf; een plaats die de vraag noemt gaat voor.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mission</source>
        <translation>Geen missie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Give the question a title first.</source>
        <translation>Geef de vraag eerst een titel.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Answering…</source>
        <translation>Bezig met beantwoorden…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The question could not be answered</source>
        <translation>De vraag kon niet worden beantwoord</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No consortium to suggest: %1</source>
        <translation>Geen consortium voor te stellen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested consortium: %1</source>
        <translation>Voorgesteld consortium: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n consortium draft(s) already made from this question; the latest is “%1”.</source>
        <translation>
            <numerusform>Er is al %n conceptconsortium van deze vraag gemaakt: “%1”.</numerusform>
            <numerusform>Er zijn al %n conceptconsortia van deze vraag gemaakt; het laatste is “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open it, or make another draft from this answer?</source>
        <translation>Openen, of nog een concept maken van dit antwoord?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the draft</source>
        <translation>Concept &amp;openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;another</source>
        <translation>&amp;Nog een maken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consortium draft “%1” made.</source>
        <translation>Conceptconsortium “%1” gemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consortium draft “%1” made with %2; the question is answered.</source>
        <translation>Conceptconsortium “%1” gemaakt met %2; de vraag is beantwoord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consortium draft “%1” made; the question is answered.</source>
        <translation>Conceptconsortium “%1” gemaakt; de vraag is beantwoord.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+38"/>
        <source>Consortium draft</source>
        <translation>Conceptconsortium</translation>
    </message>
    <message numerus="yes">
        <location line="-227"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n nog open</numerusform>
            <numerusform>%n nog open</numerusform>
        </translation>
    </message>
    <message>
        <location line="+227"/>
        <source>The draft was not made</source>
        <translation>Het concept is niet gemaakt</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <location filename="../../desktop/views/pages/matching/desk_words.py" line="+25"/>
        <source>Yes, alone</source>
        <translation>Ja, alleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One applicant: judged for %1 alone</source>
        <translation>Eén aanvrager: getoetst voor %1 alleen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every rule holds</source>
        <translation>Aan elke regel voldaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Region: %1, the asking company&apos;s province</source>
        <translation>Regio: %1, de provincie van het vragende bedrijf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region: %1, as chosen</source>
        <translation>Regio: %1, zoals gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region: anywhere (none chosen, none named in the question, no province of the company)</source>
        <translation>Regio: overal (geen gekozen, geen genoemd in de vraag, geen provincie van het bedrijf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Knowledge question “%1” of %2, taken in at the one-stop desk on %3.</source>
        <translation>Kennisvraag “%1” van %2, aangenomen aan het 1-loket op %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Knowledge question “%1”, taken in at the one-stop desk on %2.</source>
        <translation>Kennisvraag “%1”, aangenomen aan het 1-loket op %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No instrument fits the suggested consortium; choose one in the editor.</source>
        <translation>Geen instrument past bij het voorgestelde consortium; kies er een in de editor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instrument: %1, chosen at the desk.</source>
        <translation>Instrument: %1, gekozen aan het loket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instrument: %1, the best fit: the suggested consortium meets its rules.</source>
        <translation>Instrument: %1, het best passend: het voorgestelde consortium voldoet aan de regels.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/views/pages/consortia/export_dialog.py" line="+67"/>
        <location line="+154"/>
        <location line="+10"/>
        <location line="+84"/>
        <source>Export consortium</source>
        <translation>Consortium exporteren</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Export “%1”</source>
        <translation>“%1” exporteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF document (.pdf)</source>
        <translation>PDF-document (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document, editable (.docx)</source>
        <translation>Word-document, bewerkbaar (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook: partners and budget (.xlsx)</source>
        <translation>Excel-werkmap: partners en begroting (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON data (.json)</source>
        <translation>JSON-gegevens (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share file for another HelixMatch (.helixshare)</source>
        <translation>Deelbestand voor een andere HelixMatch (.helixshare)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include contact persons (personal data)</source>
        <translation>Contactpersonen opnemen (persoonsgegevens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, e-mail addresses and phone numbers of the members&apos; contact persons. Leave this off for files that leave your organisation.</source>
        <translation>Namen, e-mailadressen en telefoonnummers van de contactpersonen van de leden. Laat dit uit voor bestanden die uw organisatie verlaten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export (Ctrl+Return)</source>
        <translation>Exporteren (Ctrl+Return)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Contains demonstration data: %1 are fictional organisation(s), marked [Demo] in the file.</source>
        <translation>
            <numerusform>Bevat demonstratiegegevens: %1 is een verzonnen organisatie, gemarkeerd met [Demo] in het bestand.</numerusform>
            <numerusform>Bevat demonstratiegegevens: %1 zijn verzonnen organisaties, gemarkeerd met [Demo] in het bestand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>“%1” contains demonstration data: %2 are fictional organisation(s) that exist only to show HelixMatch working, marked [Demo] in the file; replace them before handing in a proposal.

Export anyway?</source>
        <translation>
            <numerusform>“%1” bevat demonstratiegegevens: %2 is een verzonnen organisatie die er alleen is om HelixMatch te laten zien, gemarkeerd met [Demo] in het bestand; vervang deze voordat u een voorstel indient.

Toch exporteren?</numerusform>
            <numerusform>“%1” bevat demonstratiegegevens: %2 zijn verzonnen organisaties die er alleen zijn om HelixMatch te laten zien, gemarkeerd met [Demo] in het bestand; vervang ze voordat u een voorstel indient.

Toch exporteren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HelixMatch share files (*.helixshare)</source>
        <translation>HelixMatch-deelbestanden (*.helixshare)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Written to %1</source>
        <translation>Geschreven naar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export geannuleerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed: no file was written.</source>
        <translation>De export is mislukt: er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/views/importing/source_pages.py" line="+45"/>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file (any delimiter; UTF-8 or Windows-1252) or an Excel workbook.</source>
        <translation>Een CSV-bestand (elk scheidingsteken; UTF-8 of Windows-1252) of een Excel-werkmap.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import organisations</source>
        <translation>Organisaties importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %Ln row(s) (%2)</source>
        <translation>
            <numerusform>%1: %Ln rij (%2)</numerusform>
            <numerusform>%1: %Ln rijen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file cannot be read: %1</source>
        <translation>Dit bestand kan niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/views/pages/organisations/filter_bar.py" line="+22"/>
        <source>Any helix</source>
        <translation>Elke helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>Elk type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any province</source>
        <translation>Elke provincie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any topsector</source>
        <translation>Elke topsector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any technology</source>
        <translation>Elke technologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any mission</source>
        <translation>Elke missie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SME or not</source>
        <translation>Mkb of niet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMEs only</source>
        <translation>Alleen mkb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No SMEs</source>
        <translation>Geen mkb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With demonstration data</source>
        <translation>Met demonstratiegegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without demonstration data</source>
        <translation>Zonder demonstratiegegevens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demonstration only</source>
        <translation>Alleen demonstratie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../desktop/views/importing/import_log_dialog.py" line="+42"/>
        <location line="+99"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Undoing an import removes the organisations it added and puts back what it changed. Imports are undone newest first; an import is not undone when its organisations were edited since or are in a consortium.</source>
        <translation>Een import ongedaan maken verwijdert de organisaties die hij toevoegde en zet terug wat hij veranderde. Imports worden van nieuw naar oud ongedaan gemaakt; een import wordt niet ongedaan gemaakt als zijn organisaties sindsdien bewerkt zijn of in een consortium zitten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo import</source>
        <translation>Import &amp;ongedaan maken</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No imports yet.</source>
        <translation>Nog geen imports.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>organisations</source>
        <translation>organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>projecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CORDIS projects</source>
        <translation>CORDIS-projecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROR organisations</source>
        <translation>ROR-organisaties</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln aangemaakt</numerusform>
            <numerusform>%Ln aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln bijgewerkt</numerusform>
            <numerusform>%Ln bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln ongewijzigd</numerusform>
            <numerusform>%Ln ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln samengevoegd</numerusform>
            <numerusform>%Ln samengevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln overgeslagen</numerusform>
            <numerusform>%Ln overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln kept as new</source>
        <translation>
            <numerusform>%Ln als nieuwe bewaard</numerusform>
            <numerusform>%Ln als nieuwe bewaard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the latest import not undone can be undone</source>
        <translation>Alleen de laatste import die nog niet ongedaan is gemaakt, kan ongedaan worden gemaakt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo import #%1? What it added is removed, what it changed put back.</source>
        <translation>Import #%1 ongedaan maken? Wat hij toevoegde wordt verwijderd, wat hij veranderde teruggezet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import #%1 undone.</source>
        <translation>Import #%1 ongedaan gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln organisation(s) removed.</source>
        <translation>
            <numerusform>%Ln organisatie verwijderd.</numerusform>
            <numerusform>%Ln organisaties verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln organisation(s) put back as they were.</source>
        <translation>
            <numerusform>%Ln organisatie teruggezet zoals hij was.</numerusform>
            <numerusform>%Ln organisaties teruggezet zoals ze waren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no import to undo.</source>
        <translation>Er is geen import om ongedaan te maken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no import #%1.</source>
        <translation>Er is geen import #%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import #%1 was undone already.</source>
        <translation>Import #%1 is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo import #%2 first: imports are undone newest first.</source>
        <translation>Maak eerst import #%2 ongedaan: imports worden van nieuw naar oud ongedaan gemaakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations of import #%1 were edited since: %3. Nothing was undone.</source>
        <translation>Organisaties van import #%1 zijn sindsdien bewerkt: %3. Er is niets ongedaan gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisations import #%1 added are in consortia: %3. Remove them from the consortia first; nothing was undone.</source>
        <translation>Organisaties die import #%1 toevoegde zitten in consortia: %3. Haal ze eerst uit de consortia; er is niets ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/views/importing/import_pages.py" line="+108"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Done, stored as import #%1:</source>
        <translation>Klaar, opgeslagen als import #%1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &gt; Undo import… takes it back.</source>
        <translation>Bewerken &gt; Import ongedaan maken… draait hem terug.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled. Nothing was stored.</source>
        <translation>Geannuleerd. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import failed. Nothing was stored.</source>
        <translation>Het importeren is mislukt. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import organisations</source>
        <translation>Organisaties importeren</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/importing/wizard.py" line="+21"/>
        <source>Import organisations</source>
        <translation>Organisaties importeren</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../desktop/views/startup.py" line="+71"/>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <source>Read-only database</source>
        <translation>Database alleen-lezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may not be changed here (no permission to write the file or its folder). You can look at everything, but nothing can be saved.</source>
        <translation>%1 mag hier niet worden gewijzigd (geen schrijfrechten op het bestand of de map). U kunt alles bekijken, maar er kan niets worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backup was made today: %1</source>
        <translation>Vandaag is geen back-up gemaakt: %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+52"/>
        <source>HelixMatch cannot open the database</source>
        <translation>HelixMatch kan de database niet openen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="+147"/>
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
        <location line="-11"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1 (read-only)</source>
        <translation>Database: %1 (alleen-lezen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import organisations…</source>
        <translation>Organisaties &amp;importeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About HelixMatch</source>
        <translation>&amp;Over HelixMatch</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>&lt;h3&gt;HelixMatch %1&lt;/h3&gt;&lt;p&gt;Builds triple- and quadruple-helix innovation consortia for the Dutch mission-driven innovation policy, from a database on your own computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Log file: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HelixMatch %1&lt;/h3&gt;&lt;p&gt;Stelt triple- en quadruple-helixconsortia voor innovatie samen voor het Nederlandse missiegedreven innovatiebeleid, met een database op uw eigen computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Logbestand: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About HelixMatch</source>
        <translation>Over HelixMatch</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/views/importing/mapping_page.py" line="+54"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check which field each column fills; give values for empty cells if needed.</source>
        <translation>Controleer welk veld elke kolom vult; geef zo nodig waarden voor lege cellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default value</source>
        <translation>Standaardwaarde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Load mapping…</source>
        <translation>Kolomindeling &amp;laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set columns and defaults from a mapping file (Ctrl+O)</source>
        <translation>Kolommen en standaardwaarden overnemen uit een bestand met een kolomindeling (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save mapping…</source>
        <translation>Kolomindeling op&amp;slaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save columns and defaults for the next import, or for the command line: helixmatch import organisations FILE --mapping MAPPING.json (Ctrl+S)</source>
        <translation>Kolommen en standaardwaarden bewaren voor de volgende import, of voor de opdrachtregel: helixmatch import organisations BESTAND --mapping INDELING.json (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Defaults for empty cells:</source>
        <translation>Standaardwaarden voor lege cellen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not imported)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+18"/>
        <source>Load mapping</source>
        <translation>Kolomindeling laden</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Mapping files (%1);;All files (*)</source>
        <translation>Kolomindelingen (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 cannot be used for %2; nothing was changed.</source>
        <translation>%1 is niet bruikbaar voor %2; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns and defaults from %1.</source>
        <translation>Kolommen en standaardwaarden uit %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>Save mapping</source>
        <translation>Kolomindeling opslaan</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Mapping files (%1)</source>
        <translation>Kolomindelingen (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The mapping cannot be saved until this is put right:</source>
        <translation>De kolomindeling kan pas worden opgeslagen als dit is verholpen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping saved as %1.</source>
        <translation>Kolomindeling opgeslagen als %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>field &apos;%1&apos;: </source>
        <translation>veld &apos;%1&apos;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;%1&apos;: </source>
        <translation>kolom &apos;%1&apos;: </translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <location filename="../../desktop/views/pages/matching/match_form.py" line="+65"/>
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
        <location line="+27"/>
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
        <location filename="../../desktop/views/pages/matching/match.py" line="+83"/>
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
        <location line="+29"/>
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
        <source>Choose a mission or type a question, set the constraints on the left and press Find partners. The alternative consortia appear here, a list of them beside the chosen one, and the ranked candidates with the reasons for each.</source>
        <translation>Kies een missie of typ een vraag, stel links de voorwaarden in en druk op Partners zoeken. Hier verschijnen de alternatieve consortia, een lijst ervan naast het gekozen consortium, en de gerangschikte kandidaten met de redenen voor elk.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Match</source>
        <translation>Matchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole triple- and quadruple-helix consortia for a mission or a question.</source>
        <translation>Hele triple- en quadruple-helixconsortia voor een missie of een vraag.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a mission, type a question or pin an organisation first.</source>
        <translation>Kies eerst een missie, typ een vraag of zet een organisatie vast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The smallest size is larger than the largest.</source>
        <translation>De kleinste omvang is groter dan de grootste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching…</source>
        <translation>Bezig met matchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The match failed</source>
        <translation>De match is mislukt</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidaat</numerusform>
            <numerusform>%n kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alternative consortium/consortia</source>
        <translation>
            <numerusform>%n alternatief consortium</numerusform>
            <numerusform>%n alternatieve consortia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Why %1: %2</source>
        <translation>Waarom %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pinned %1: it stays in every consortium of the next run.</source>
        <translation>%1 vastgezet: blijft in elk consortium van de volgende ronde.</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+21"/>
        <source>Save consortium</source>
        <translation>Consortium bewaren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved “%1” as a draft consortium.</source>
        <translation>“%1” bewaard als conceptconsortium.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The consortium was not saved</source>
        <translation>Het consortium is niet bewaard</translation>
    </message>
</context>
<context>
    <name>MatchSteps</name>
    <message>
        <location filename="../../desktop/views/pages/matching/match_steps.py" line="+121"/>
        <source>Pin %1</source>
        <translation>%1 vastzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin %1</source>
        <translation>%1 losmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop %1</source>
        <translation>%1 weglaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap in %1 for %2</source>
        <translation>%1 wisselen voor %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out %1</source>
        <translation>%1 weglaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop leaving out %1</source>
        <translation>%1 niet meer weglaten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change the organisations that must be in or are left out</source>
        <translation>Organisaties die erin moeten of worden weggelaten wijzigen</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../desktop/views/pages/consortia/members.py" line="+62"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helix</source>
        <translation>Helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash (€)</source>
        <translation>In geld (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In kind (€)</source>
        <translation>In natura (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this member</source>
        <translation>Waarom dit lid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../desktop/views/pages/matching/missions.py" line="+56"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Find partners for this mission</source>
        <translation>&amp;Partners zoeken voor deze missie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Match with this mission (Ctrl+Return)</source>
        <translation>Open Matchen met deze missie (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Missions</source>
        <translation>Missies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The missions of the four societal themes, each with its target year, and the organisations that work on them.</source>
        <translation>De missies van de vier maatschappelijke thema&apos;s, elk met het doeljaar, en de organisaties die eraan werken.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thema</numerusform>
            <numerusform>%n thema&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n missie</numerusform>
            <numerusform>%n missies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%Ln organisation(s) work on this mission:</source>
        <translation>
            <numerusform>%Ln organisatie werkt aan deze missie:</numerusform>
            <numerusform>%Ln organisaties werken aan deze missie:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>target year %1</source>
        <translation>doeljaar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No organisation is linked to this mission yet. Find partners matches on the mission&apos;s text, so it suggests organisations all the same.</source>
        <translation>Nog geen organisatie is aan deze missie gekoppeld. Partners zoeken matcht op de tekst van de missie en stelt dus toch organisaties voor.</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <location filename="../../desktop/views/pages/organisations/new_company_dialog.py" line="+27"/>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>8 digits, optional</source>
        <translation>8 cijfers, niet verplicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province</source>
        <translation>P&amp;rovincie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KvK number</source>
        <translation>&amp;KvK-nummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill in the company&apos;s name.</source>
        <translation>Vul de naam van het bedrijf in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A KvK number has 8 digits.</source>
        <translation>Een KvK-nummer heeft 8 cijfers.</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <location filename="../../desktop/views/pages/organisations/detail.py" line="+94"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectors and missions</source>
        <translation>Sectoren en missies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track record</source>
        <translation>Trackrecord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consortia</source>
        <translation>Consortia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>De wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes not saved yet</source>
        <translation>De nog niet opgeslagen wijzigingen vergeten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Other names, separated by ;</source>
        <translation>Andere namen, gescheiden door ;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keywords, separated by ;</source>
        <translation>Trefwoorden, gescheiden door ;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Andere namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Helix</source>
        <translation>&amp;Helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SME</source>
        <translation>Mkb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KvK number</source>
        <translation>&amp;KvK-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
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
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Topsectors</source>
        <translation>Topsectoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key technologies</source>
        <translation>Sleuteltechnologieën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions</source>
        <translation>Missies</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts are personal data: keep only what the work needs.</source>
        <translation>Contactpersonen zijn persoonsgegevens: bewaar alleen wat het werk nodig heeft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked with</source>
        <translation>Samengewerkt met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to show this organisation</source>
        <translation>Dubbelklik om deze organisatie te tonen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No projects known for this organisation.</source>
        <translation>Geen projecten bekend van deze organisatie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not in any consortium yet.</source>
        <translation>Nog in geen enkel consortium.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ROR: %1</source>
        <translation>ROR: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile checked against: %1</source>
        <translation>Profiel gecontroleerd aan de hand van: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in at least the name, then save (Ctrl+S).</source>
        <translation>Vul ten minste de naam in en sla dan op (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Track record (%1)</source>
        <translation>Trackrecord (%1)</translation>
    </message>
</context>
<context>
    <name>OrganisationListExport</name>
    <message>
        <location filename="../../desktop/views/pages/organisations/list_export.py" line="+37"/>
        <location line="+19"/>
        <location line="+42"/>
        <location line="+3"/>
        <source>Export organisations</source>
        <translation>Organisaties exporteren</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-werkmappen (*.xlsx);;CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting organisations…</source>
        <translation>Bezig met het exporteren van organisaties…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln organisation(s) exported to %1</source>
        <translation>
            <numerusform>%Ln organisatie geëxporteerd naar %1</numerusform>
            <numerusform>%Ln organisaties geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export geannuleerd: er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>OrganisationNetwork</name>
    <message>
        <location filename="../../desktop/views/pictures/organisation_network.py" line="+48"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No projects with partners yet: import projects to see the network.</source>
        <translation>Nog geen projecten met partners: importeer projecten om het netwerk te zien.</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../desktop/views/widgets/organisation_picker.py" line="+78"/>
        <source>Delete removes the selected organisations.</source>
        <translation>Delete verwijdert de gekozen organisaties.</translation>
    </message>
</context>
<context>
    <name>OrganisationProblems</name>
    <message>
        <location filename="../../desktop/views/pages/organisations/problems.py" line="+22"/>
        <source>Contact %1: “%2” is not an email address.</source>
        <translation>Contactpersoon %1: “%2” is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact %1 needs a name.</source>
        <translation>Contactpersoon %1 heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is required.</source>
        <translation>De naam is verplicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KvK number “%1”: a KvK number has 8 digits.</source>
        <translation>KvK-nummer “%1”: een KvK-nummer heeft 8 cijfers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIC “%1”: a PIC has 9 digits.</source>
        <translation>PIC “%1”: een PIC heeft 9 cijfers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode “%1”: a Dutch postcode is 4 digits and 2 letters, as in 1234 AB.</source>
        <translation>Postcode “%1”: een Nederlandse postcode is 4 cijfers en 2 letters, zoals 1234 AB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website “%1” is not a web address (such as www.example.nl).</source>
        <translation>Website “%1” is geen webadres (zoals www.voorbeeld.nl).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country “%1”: use a two-letter country code such as NL, BE or DE.</source>
        <translation>Land “%1”: gebruik een landcode van twee letters, zoals NL, BE of DE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employees “%1” is not a number of people.</source>
        <translation>Werknemers “%1” is geen aantal mensen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helix kind does not fit the type: choose the kind of that type.</source>
        <translation>De helixsoort past niet bij het type: kies de soort van dat type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a helix kind.</source>
        <translation>Kies een helixsoort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a type.</source>
        <translation>Kies een type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This KvK number already belongs to “%1”.</source>
        <translation>Dit KvK-nummer hoort al bij “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PIC already belongs to “%1”.</source>
        <translation>Deze PIC hoort al bij “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a town of this name in more than one municipality (%1): choose the province.</source>
        <translation>Er ligt een plaats met deze naam in meer dan één gemeente (%1): kies de provincie.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../desktop/views/pages/organisations/table_model.py" line="+112"/>
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
        <location line="+3"/>
        <source>similar name</source>
        <translation>lijkt op de naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short name %1</source>
        <translation>korte naam %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>like short name %1</source>
        <translation>lijkt op korte naam %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>like alias %1</source>
        <translation>lijkt op alias %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../desktop/views/pages/organisations/page.py" line="+194"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No organisations yet</source>
        <translation>Nog geen organisaties</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Search names, short names and aliases</source>
        <translation>Zoek in namen, korte namen en andere namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds names that are alike too: typos are tolerated.</source>
        <translation>Vindt ook namen die erop lijken: tikfouten mogen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No organisation chosen</source>
        <translation>Geen organisatie gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one in the list to see and edit it, or add a new one (Ctrl+N).</source>
        <translation>Kies er een in de lijst om haar te bekijken en te bewerken, of voeg een nieuwe toe (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add one with New (Ctrl+N), import a file of organisations with &apos;helixmatch import organisations FILE&apos;, or add the demonstration data with &apos;helixmatch demo add&apos;.</source>
        <translation>Voeg er een toe met Nieuw (Ctrl+N), importeer een bestand met organisaties met &apos;helixmatch import organisations BESTAND&apos;, of voeg de demonstratiegegevens toe met &apos;helixmatch demo add&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import organisations from a CSV file or Excel workbook (Ctrl+I)</source>
        <translation>Organisaties importeren uit een CSV-bestand of Excel-werkmap (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New organisation</source>
        <translation>&amp;Nieuwe organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an organisation</source>
        <translation>Een organisatie toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen organisation</source>
        <translation>De gekozen organisatie verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge…</source>
        <translation>Samen&amp;voegen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge two organisations that are the same</source>
        <translation>Twee organisaties samenvoegen die dezelfde zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport list…</source>
        <translation>Lijst e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the organisations shown to Excel or CSV</source>
        <translation>De getoonde organisaties opslaan als Excel of CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the organisation</source>
        <translation>De organisatie opslaan</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Discard them?</source>
        <translation>“%1” heeft wijzigingen die niet zijn opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add “%1”</source>
        <translation>“%1” toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was added.</source>
        <translation>“%1” is toegevoegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was saved.</source>
        <translation>“%1” is opgeslagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This organisation was changed elsewhere after you opened it. Your changes were not saved; the pane now shows the stored values.</source>
        <translation>Deze organisatie is elders gewijzigd nadat u haar opende. Uw wijzigingen zijn niet opgeslagen; het paneel toont nu de opgeslagen waarden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organisation not found</source>
        <translation>Organisatie niet gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation no longer exists; it was deleted elsewhere.</source>
        <translation>De organisatie bestaat niet meer; zij is elders verwijderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot delete</source>
        <translation>Verwijderen kan niet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This organisation is a member of %n consortium/consortia. Remove it from them first, or merge it with the organisation that replaces it.</source>
        <translation>
            <numerusform>Deze organisatie is lid van %n consortium. Haal haar daar eerst uit, of voeg haar samen met de organisatie die haar vervangt.</numerusform>
            <numerusform>Deze organisatie is lid van %n consortia. Haal haar daar eerst uit, of voeg haar samen met de organisatie die haar vervangt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Merged “%1” into the kept organisation; moved: %2.</source>
        <translation>“%1” samengevoegd met de bewaarde organisatie; verplaatst: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n consortium membership(s)</source>
        <translation>
            <numerusform>%n consortiumlidmaatschap</numerusform>
            <numerusform>%n consortiumlidmaatschappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon</numerusform>
            <numerusform>%n contactpersonen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The change could not be made</source>
        <translation>De wijziging kon niet worden gemaakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1” with its contacts and project history? You can undo this with Edit &gt; Undo.</source>
        <translation>“%1” verwijderen met haar contactpersonen en projectgeschiedenis? U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was deleted.</source>
        <translation>“%1” is verwijderd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge organisations</source>
        <translation>Organisaties samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the two do you keep?</source>
        <translation>Welke van de twee houdt u?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other one is removed: its projects, consortium memberships, contacts and questions move to the one you keep, its names become aliases, and fields the kept one leaves empty are filled from it. Edit &gt; Undo takes the merge back.</source>
        <translation>De andere wordt verwijderd: haar projecten, consortiumlidmaatschappen, contactpersonen en vragen gaan naar de organisatie die u houdt, haar namen worden andere namen, en velden die de gehouden organisatie leeg laat worden ermee gevuld. Bewerken &gt; Ongedaan maken draait het samenvoegen terug.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep “%1”</source>
        <translation>“%1” houden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge “%1”</source>
        <translation>“%1” samenvoegen</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No organisation matches “%1”.</source>
        <translation>Geen organisatie komt overeen met “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No organisation matches these filters.</source>
        <translation>Geen organisatie voldoet aan deze filters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading organisations…</source>
        <translation>Organisaties laden…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisations: the best %1 of %2; type more to narrow the search</source>
        <translation>Organisaties: de beste %1 van %2; typ meer om het zoeken te verfijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisations: %1 of %2</source>
        <translation>Organisaties: %1 van %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisations: %1</source>
        <translation>Organisaties: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The organisations could not be loaded</source>
        <translation>De organisaties konden niet worden geladen</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message numerus="yes">
        <location filename="../../desktop/views/importing/import_pages.py" line="-117"/>
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln nieuwe organisatie</numerusform>
            <numerusform>%Ln nieuwe organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s) updated</source>
        <translation>
            <numerusform>%Ln organisatie bijgewerkt</numerusform>
            <numerusform>%Ln organisaties bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) merged into organisations already stored</source>
        <translation>
            <numerusform>%Ln rij samengevoegd met een organisatie die al bestond</numerusform>
            <numerusform>%Ln rijen samengevoegd met organisaties die al bestonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln likely duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln waarschijnlijk dubbele rij overgeslagen</numerusform>
            <numerusform>%Ln waarschijnlijk dubbele rijen overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) that change nothing</source>
        <translation>
            <numerusform>%Ln rij die niets verandert</numerusform>
            <numerusform>%Ln rijen die niets veranderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with errors left out</source>
        <translation>
            <numerusform>%Ln rij met fouten weggelaten</numerusform>
            <numerusform>%Ln rijen met fouten weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>SME status taken from the employees of %Ln company(s)</source>
        <translation>
            <numerusform>Mkb-status afgeleid uit het aantal medewerkers van %Ln bedrijf</numerusform>
            <numerusform>Mkb-status afgeleid uit het aantal medewerkers van %Ln bedrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s), listed in the check</source>
        <translation>
            <numerusform>%Ln waarschuwing, vermeld bij de controle</numerusform>
            <numerusform>%Ln waarschuwingen, vermeld bij de controle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/views/pages/overview.py" line="+64"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the database holds, what you worked on lately, and where to go next.</source>
        <translation>Wat de database bevat, waaraan u laatst werkte, en waar u verder kunt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an organisation</source>
        <translation>Een organisatie toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take in a question</source>
        <translation>Een vraag aannemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find partners</source>
        <translation>Partners zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a consortium</source>
        <translation>Een consortium beginnen</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+6"/>
        <source>Consortia per status</source>
        <translation>Consortia per status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No consortia yet.</source>
        <translation>Nog geen consortia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent consortia</source>
        <translation>Recente consortia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent questions</source>
        <translation>Recente vragen</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+26"/>
        <source>Double-click or press Enter to open</source>
        <translation>Dubbelklik of druk op Enter om te openen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Organisations: %1 · projects: %2</source>
        <translation>Organisaties: %1 · projecten: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None yet: start one with Start a consortium, or from a match.</source>
        <translation>Nog geen: begin er een met Een consortium beginnen, of vanuit een match.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None yet: an SME&apos;s question is taken in at the One-stop desk.</source>
        <translation>Nog geen: de vraag van een mkb-bedrijf wordt aangenomen aan het loket.</translation>
    </message>
</context>
<context>
    <name>PictureCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pictures/words.py" line="+25"/>
        <source>{name}: {count} organisation(s)</source>
        <translation>
            <numerusform>{name}: {count} organisatie</numerusform>
            <numerusform>{name}: {count} organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{what}: {count} member(s)</source>
        <translation>
            <numerusform>{what}: {count} lid</numerusform>
            <numerusform>{what}: {count} leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{competence}: covered by {count} member(s)</source>
        <translation>
            <numerusform>{competence}: gedekt door {count} lid</numerusform>
            <numerusform>{competence}: gedekt door {count} leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{first} and {second}: {count} shared project(s)</source>
        <translation>
            <numerusform>{first} en {second}: {count} gedeeld project</numerusform>
            <numerusform>{first} en {second}: {count} gedeelde projecten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../desktop/views/pictures/picture_view.py" line="+51"/>
        <source>Save picture as…</source>
        <translation>Afbeelding opslaan als…</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Save picture</source>
        <translation>Afbeelding opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture could not be saved: %1</source>
        <translation>De afbeelding kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../desktop/views/pictures/words.py" line="+5"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Knowledge chain</source>
        <translation>Kennisketen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not covered</source>
        <translation>niet gedekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{member} covers {competence}</source>
        <translation>{member} dekt {competence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{member} does not cover {competence}</source>
        <translation>{member} dekt {competence} niet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Helix kind</source>
        <translation>Helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line: projects done together</source>
        <translation>Lijn: samen uitgevoerde projecten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No projects done together yet</source>
        <translation>Nog geen gezamenlijke projecten</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="../../desktop/views/importing/problem_table.py" line="+32"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put right</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out</source>
        <translation>weggelaten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Double-click to type the right value</source>
        <translation>Dubbelklik om de juiste waarde te typen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message numerus="yes">
        <location filename="../../desktop/views/reason_words.py" line="+66"/>
        <source>At least %n participant(s) required, %1 found</source>
        <translation>
            <numerusform>Minstens %n deelnemer nodig, %1 gevonden</numerusform>
            <numerusform>Minstens %n deelnemers nodig, %1 gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n participant(s) allowed, %1 found</source>
        <translation>
            <numerusform>Hooguit %n deelnemer toegestaan, %1 gevonden</numerusform>
            <numerusform>Hooguit %n deelnemers toegestaan, %1 gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At least %n independent SME(s) required, %1 found</source>
        <translation>
            <numerusform>Minstens %n zelfstandig mkb-bedrijf nodig, %1 gevonden</numerusform>
            <numerusform>Minstens %n zelfstandige mkb-bedrijven nodig, %1 gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At least %n country/countries required, %1 found</source>
        <translation>
            <numerusform>Minstens %n land nodig, %1 gevonden</numerusform>
            <numerusform>Minstens %n landen nodig, %1 gevonden</numerusform>
        </translation>
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
        <location line="+18"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Checked once every member has a budget: %1</source>
        <translation>Getoetst zodra elk lid een begroting heeft: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regional preference read from the question: %1 (“%2”)</source>
        <translation>Regionale voorkeur gelezen uit de vraag: %1 (“%2”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The question names “%1”; the chosen region %2 goes first</source>
        <translation>De vraag noemt “%1”; de gekozen regio %2 gaat voor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown organisation: %1</source>
        <translation>Onbekende organisatie: %1</translation>
    </message>
</context>
<context>
    <name>RegionalPage</name>
    <message>
        <location filename="../../desktop/views/pages/matching/regional.py" line="+90"/>
        <source>&amp;Show SMEs</source>
        <translation>&amp;Toon mkb-bedrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Province</source>
        <translation>P&amp;rovincie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Topsector</source>
        <translation>&amp;Topsector</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>SME</source>
        <translation>Mkb-bedrijf</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Topsectors</source>
        <translation>Topsectoren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Match SMEs</source>
        <translation>&amp;Mkb-bedrijven matchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match the selected SMEs, or all listed when none is selected (Ctrl+Return)</source>
        <translation>Match de gekozen mkb-bedrijven, of alle getoonde als er geen gekozen is (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMEs to match</source>
        <translation>Te matchen mkb-bedrijven</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Knowledge partners</source>
        <translation>Kennispartners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner SMEs</source>
        <translation>Partner-mkb-bedrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT R&amp;D</source>
        <translation>MIT R&amp;D</translation>
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
        <location line="+15"/>
        <source>Make consortium &amp;drafts</source>
        <translation>Conceptconsortia &amp;maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One MIT R&amp;D draft for each selected row</source>
        <translation>Eén MIT R&amp;D-concept per gekozen rij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+222"/>
        <source>Regional matching</source>
        <translation>Regionaal matchen</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>For each SME of a region: the best knowledge partners and one or two independent SMEs for an MIT R&amp;D collaboration. A region is a preference, never a wall.</source>
        <translation>Voor elk mkb-bedrijf van een regio: de beste kennispartners en een of twee zelfstandige mkb-bedrijven voor een MIT R&amp;D-samenwerking. Een regio is een voorkeur, nooit een muur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Any province</source>
        <translation>Elke provincie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any topsector</source>
        <translation>Elke topsector</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln SME(s). Select some, or match them all.</source>
        <translation>
            <numerusform>%Ln mkb-bedrijf. Selecteer het, of match het meteen.</numerusform>
            <numerusform>%Ln mkb-bedrijven. Selecteer er enkele, of match ze allemaal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Matching %Ln SME(s)…</source>
        <translation>
            <numerusform>%Ln mkb-bedrijf matchen…</numerusform>
            <numerusform>%Ln mkb-bedrijven matchen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln SME(s) matched.</source>
        <translation>
            <numerusform>%Ln mkb-bedrijf gematcht.</numerusform>
            <numerusform>%Ln mkb-bedrijven gematcht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why %1: %2</source>
        <translation>Waarom %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n consortium draft(s) made (instrument %1).</source>
        <translation>
            <numerusform>%n consortiumconcept gemaakt (instrument %1).</numerusform>
            <numerusform>%n consortiumconcepten gemaakt (instrument %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd naar %1.</numerusform>
            <numerusform>%Ln rijen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-164"/>
        <source>No SME matches these filters.</source>
        <translation>Geen mkb-bedrijf past bij deze filters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No company in the database is marked as an SME. Mark the SMEs in their details on the Organisations page, or import your list of SMEs (File &gt; Import organisations).</source>
        <translation>Geen enkel bedrijf in de database is gemarkeerd als mkb. Markeer de mkb-bedrijven in hun gegevens op de pagina Organisaties, of importeer uw lijst met mkb-bedrijven (Bestand &gt; Organisaties importeren).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Regional matching failed</source>
        <translation>Regionaal matchen is mislukt</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select the rows to turn into drafts first.</source>
        <translation>Kies eerst de rijen die concepten moeten worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MIT R&amp;D collaboration of %1</source>
        <translation>MIT R&amp;D-samenwerking van %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The drafts were not made</source>
        <translation>De concepten zijn niet gemaakt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional-matching.xlsx</source>
        <translation>regionaal-matchen.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The export failed</source>
        <translation>De export is mislukt</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../desktop/views/widgets/run_bar.py" line="+33"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run (Esc)</source>
        <translation>Stop de ronde (Esc)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/pages/settings.py" line="+50"/>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new language takes effect when HelixMatch starts again.</source>
        <translation>Een nieuwe taal gaat in wanneer HelixMatch opnieuw start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open another database…</source>
        <translation>Een andere database &amp;openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click or press Enter to open</source>
        <translation>Dubbelklik of druk op Enter om te openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases you open appear here.</source>
        <translation>Databases die u opent, verschijnen hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now:</source>
        <translation>Nu geopend:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent databases:</source>
        <translation>Recente databases:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Triple helix: business, knowledge, government</source>
        <translation>Triple helix: bedrijven, kennis, overheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadruple helix: plus civil society</source>
        <translation>Quadruple helix: plus maatschappelijke organisaties</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask for the whole knowledge chain (university, TO2 institute, hogeschool)</source>
        <translation>Vraag om de hele kennisketen (universiteit, TO2-instituut, hogeschool)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defaults for a new match</source>
        <translation>Standaarden voor een nieuwe match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Helix</source>
        <translation>&amp;Helix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consortium si&amp;ze</source>
        <translation>&amp;Grootte van het consortium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Candidates shown</source>
        <translation>&amp;Kandidaten getoond</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept for you on this computer.</source>
        <translation>Voor u bewaard op deze computer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This file no longer exists.</source>
        <translation>Dit bestand bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a database</source>
        <translation>Een database openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists already; it is opened, not replaced.</source>
        <translation>%1 bestaat al; het wordt geopend, niet vervangen.</translation>
    </message>
</context>
<context>
    <name>ShareImportDialog</name>
    <message>
        <location filename="../../desktop/views/pages/consortia/share_import_dialog.py" line="+42"/>
        <location line="+98"/>
        <source>Import share file</source>
        <translation>Deelbestand importeren</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation in the file</source>
        <translation>Organisatie in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In this database</source>
        <translation>In deze database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>“%1” with %Ln member(s).</source>
        <translation>
            <numerusform>“%1” met %Ln lid.</numerusform>
            <numerusform>“%1” met %Ln leden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s) new here.</source>
        <translation>
            <numerusform>%Ln organisatie is hier nieuw.</numerusform>
            <numerusform>%Ln organisaties zijn hier nieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new: will be added</source>
        <translation>nieuw: wordt toegevoegd</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This file cannot be imported. Nothing was stored.</source>
        <translation>Dit bestand kan niet worden geïmporteerd. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import failed. Nothing was stored.</source>
        <translation>De import is mislukt. Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/views/importing/import_pages.py" line="+13"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is stored until you press Import.</source>
        <translation>Er wordt niets opgeslagen tot u op Importeren drukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working out what the import will do…</source>
        <translation>Uitzoeken wat de import zal doen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing %1 will bring:</source>
        <translation>Importeren van %1 levert op:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import cannot be worked out; go back to the check.</source>
        <translation>De import kan niet worden uitgewerkt; ga terug naar de controle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import organisations</source>
        <translation>Organisaties importeren</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../desktop/views/widgets/swap_dialog.py" line="+16"/>
        <source>Swap in another organisation</source>
        <translation>Een andere organisatie inwisselen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which organisation takes the place of %1?</source>
        <translation>Welke organisatie neemt de plaats in van %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an organisation&apos;s name…</source>
        <translation>Typ de naam van een organisatie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swap in</source>
        <translation>Wisselen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="+40"/>
        <source>New &amp;organisation</source>
        <translation>Nieuwe &amp;organisatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;consortium</source>
        <translation>Nieuw &amp;consortium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;database…</source>
        <translation>Nieuwe &amp;database…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo &amp;import…</source>
        <translation>&amp;Import ongedaan maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/views/error_reporting.py" line="+31"/>
        <source>Also written to %1.</source>
        <translation>Ook vastgelegd in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
</TS>
