<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/backups_dialog.py" line="+168"/>
        <source>Deleted when the next backup is made: only the newest %n of each kind are kept.</source>
        <translation>
            <numerusform>Deleted when the next backup is made: only the newest of each kind is kept.</numerusform>
            <numerusform>Deleted when the next backup is made: only the newest %n of each kind are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/importing/check_page.py" line="+163"/>
        <source>%Ln row(s) with errors: type the right value under Put right, or leave the row out. The other rows are checked as well.</source>
        <translation>
            <numerusform>%Ln row with errors: type the right value under Put right, or leave the row out. The other rows are checked as well.</numerusform>
            <numerusform>%Ln rows with errors: type the right value under Put right, or leave the row out. The other rows are checked as well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln row(s) ready to import.</source>
        <translation>
            <numerusform>%Ln row ready to import.</numerusform>
            <numerusform>%Ln rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln likely duplicate(s): choose what happens to each.</source>
        <translation>
            <numerusform>%Ln likely duplicate: choose what happens to it.</numerusform>
            <numerusform>%Ln likely duplicates: choose what happens to each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Likely duplicates (%Ln):</source>
        <translation>
            <numerusform>Likely duplicates (%Ln):</numerusform>
            <numerusform>Likely duplicates (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsortiumEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/consortia/editor.py" line="+322"/>
        <source>%n member(s) · budget € %1 (cash € %2, in kind € %3)</source>
        <translation>
            <numerusform>%n member · budget € %1 (cash € %2, in kind € %3)</numerusform>
            <numerusform>%n members · budget € %1 (cash € %2, in kind € %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1: %n rule(s) not met</source>
        <translation>
            <numerusform>%1: %n rule not met</numerusform>
            <numerusform>%1: %n rules not met</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pictures/dashboard.py" line="+167"/>
        <source>{name}: {count} project(s)</source>
        <translation>
            <numerusform>{name}: {count} project</numerusform>
            <numerusform>{name}: {count} projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/matching/desk.py" line="+307"/>
        <source>Knowledge partners (%n)</source>
        <translation>
            <numerusform>Knowledge partners (%n)</numerusform>
            <numerusform>Knowledge partners (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Companies (%n)</source>
        <translation>
            <numerusform>Companies (%n)</numerusform>
            <numerusform>Companies (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Instruments (%n)</source>
        <translation>
            <numerusform>Instruments (%n)</numerusform>
            <numerusform>Instruments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+191"/>
        <source>%n consortium draft(s) already made from this question; the latest is “%1”.</source>
        <translation>
            <numerusform>%n consortium draft already made from this question: “%1”.</numerusform>
            <numerusform>%n consortium drafts already made from this question; the latest is “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/consortia/export_dialog.py" line="+161"/>
        <source>Contains demonstration data: %1 are fictional organisation(s), marked [Demo] in the file.</source>
        <translation>
            <numerusform>Contains demonstration data: %1 is a fictional organisation, marked [Demo] in the file.</numerusform>
            <numerusform>Contains demonstration data: %1 are fictional organisations, marked [Demo] in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>“%1” contains demonstration data: %2 are fictional organisation(s) that exist only to show HelixMatch working, marked [Demo] in the file; replace them before handing in a proposal.

Export anyway?</source>
        <translation>
            <numerusform>“%1” contains demonstration data: %2 is a fictional organisation that exists only to show HelixMatch working, marked [Demo] in the file; replace it before handing in a proposal.

Export anyway?</numerusform>
            <numerusform>“%1” contains demonstration data: %2 are fictional organisations that exist only to show HelixMatch working, marked [Demo] in the file; replace them before handing in a proposal.

Export anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/importing/source_pages.py" line="+108"/>
        <source>%1: %Ln row(s) (%2)</source>
        <translation>
            <numerusform>%1: %Ln row (%2)</numerusform>
            <numerusform>%1: %Ln rows (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/importing/import_log_dialog.py" line="+112"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln kept as new</source>
        <translation>
            <numerusform>%Ln kept as new</numerusform>
            <numerusform>%Ln kept as new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln organisation(s) removed.</source>
        <translation>
            <numerusform>%Ln organisation removed.</numerusform>
            <numerusform>%Ln organisations removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln organisation(s) put back as they were.</source>
        <translation>
            <numerusform>%Ln organisation put back as it was.</numerusform>
            <numerusform>%Ln organisations put back as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/matching/match.py" line="+299"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alternative consortium/consortia</source>
        <translation>
            <numerusform>%n alternative consortium</numerusform>
            <numerusform>%n alternative consortia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/matching/missions.py" line="+155"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%Ln organisation(s) work on this mission:</source>
        <translation>
            <numerusform>%Ln organisation works on this mission:</numerusform>
            <numerusform>%Ln organisations work on this mission:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationListExport</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/organisations/list_export.py" line="+90"/>
        <source>%Ln organisation(s) exported to %1</source>
        <translation>
            <numerusform>%Ln organisation exported to %1</numerusform>
            <numerusform>%Ln organisations exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/organisations/page.py" line="+450"/>
        <source>This organisation is a member of %n consortium/consortia. Remove it from them first, or merge it with the organisation that replaces it.</source>
        <translation>
            <numerusform>This organisation is a member of %n consortium. Remove it from it first, or merge it with the organisation that replaces it.</numerusform>
            <numerusform>This organisation is a member of %n consortia. Remove it from them first, or merge it with the organisation that replaces it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n consortium membership(s)</source>
        <translation>
            <numerusform>%n consortium membership</numerusform>
            <numerusform>%n consortium memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message numerus="yes">
        <location filename="../../desktop/views/importing/import_pages.py" line="+41"/>
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln new organisation</numerusform>
            <numerusform>%Ln new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s) updated</source>
        <translation>
            <numerusform>%Ln organisation updated</numerusform>
            <numerusform>%Ln organisations updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) merged into organisations already stored</source>
        <translation>
            <numerusform>%Ln row merged into an organisation already stored</numerusform>
            <numerusform>%Ln rows merged into organisations already stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln likely duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln likely duplicate skipped</numerusform>
            <numerusform>%Ln likely duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) that change nothing</source>
        <translation>
            <numerusform>%Ln row that changes nothing</numerusform>
            <numerusform>%Ln rows that change nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with errors left out</source>
        <translation>
            <numerusform>%Ln row with errors left out</numerusform>
            <numerusform>%Ln rows with errors left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>SME status taken from the employees of %Ln company(s)</source>
        <translation>
            <numerusform>SME status taken from the employees of %Ln company</numerusform>
            <numerusform>SME status taken from the employees of %Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s), listed in the check</source>
        <translation>
            <numerusform>%Ln warning, listed in the check</numerusform>
            <numerusform>%Ln warnings, listed in the check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pictures/words.py" line="+25"/>
        <source>{name}: {count} organisation(s)</source>
        <translation>
            <numerusform>{name}: {count} organisation</numerusform>
            <numerusform>{name}: {count} organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{what}: {count} member(s)</source>
        <translation>
            <numerusform>{what}: {count} member</numerusform>
            <numerusform>{what}: {count} members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{competence}: covered by {count} member(s)</source>
        <translation>
            <numerusform>{competence}: covered by {count} member</numerusform>
            <numerusform>{competence}: covered by {count} members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{first} and {second}: {count} shared project(s)</source>
        <translation>
            <numerusform>{first} and {second}: {count} shared project</numerusform>
            <numerusform>{first} and {second}: {count} shared projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message numerus="yes">
        <location filename="../../desktop/views/reason_words.py" line="+66"/>
        <source>At least %n participant(s) required, %1 found</source>
        <translation>
            <numerusform>At least %n participant required, %1 found</numerusform>
            <numerusform>At least %n participants required, %1 found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n participant(s) allowed, %1 found</source>
        <translation>
            <numerusform>At most %n participant allowed, %1 found</numerusform>
            <numerusform>At most %n participants allowed, %1 found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At least %n independent SME(s) required, %1 found</source>
        <translation>
            <numerusform>At least %n independent SME required, %1 found</numerusform>
            <numerusform>At least %n independent SMEs required, %1 found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At least %n country/countries required, %1 found</source>
        <translation>
            <numerusform>At least %n country required, %1 found</numerusform>
            <numerusform>At least %n countries required, %1 found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionalPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/matching/regional.py" line="+239"/>
        <source>%Ln SME(s). Select some, or match them all.</source>
        <translation>
            <numerusform>%Ln SME. Select it, or just match it.</numerusform>
            <numerusform>%Ln SMEs. Select some, or match them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Matching %Ln SME(s)…</source>
        <translation>
            <numerusform>Matching %Ln SME…</numerusform>
            <numerusform>Matching %Ln SMEs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln SME(s) matched.</source>
        <translation>
            <numerusform>%Ln SME matched.</numerusform>
            <numerusform>%Ln SMEs matched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n consortium draft(s) made (instrument %1).</source>
        <translation>
            <numerusform>%n consortium draft made (instrument %1).</numerusform>
            <numerusform>%n consortium drafts made (instrument %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/consortia/share_import_dialog.py" line="+89"/>
        <source>“%1” with %Ln member(s).</source>
        <translation>
            <numerusform>“%1” with %Ln member.</numerusform>
            <numerusform>“%1” with %Ln members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s) new here.</source>
        <translation>
            <numerusform>%Ln organisation is new here.</numerusform>
            <numerusform>%Ln organisations are new here.</numerusform>
        </translation>
    </message>
</context>
</TS>
