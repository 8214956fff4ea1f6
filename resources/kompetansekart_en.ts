<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="50"/>
        <source>Vurder {person} i {competence}</source>
        <extracomment>Button id of «ikke vurdert» (negative ids are Qt&apos;s «assign one for me»).</extracomment>
        <translation>Assess {person} in {competence}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="68"/>
        <source>Ikke vurdert (trekk tilbake)</source>
        <translation>Not assessed (withdraw)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="77"/>
        <source>Nivå:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="81"/>
        <source>Vurdert av:</source>
        <translation>Assessed by:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="81"/>
        <source>Vurdert av</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="86"/>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="86"/>
        <source>Vurderingsdato</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="88"/>
        <source>Notat:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="88"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="90"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="95"/>
        <source>Åpne i &amp;Kartlegging</source>
        <translation>Open in &amp;Assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="96"/>
        <source>Åpne i Kartlegging</source>
        <translation>Open in Assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="97"/>
        <source>Vis personen og kompetanseområdet i kartleggingen med hele historikken</source>
        <translation>Show the person and competence area in the assessment view with the full history</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="99"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="100"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="103"/>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="104"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="116"/>
        <source>Nå: ikke vurdert</source>
        <translation>Now: not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="118"/>
        <source>Nå: {level} {label} ({date})</source>
        <translation>Now: {level} {label} ({date})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="121"/>
        <source>Egenvurdering: {level} {label}</source>
        <translation>Self-assessment: {level} {label}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="123"/>
        <source>Mål: {level} {label}</source>
        <translation>Target: {level} {label}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="124"/>
        <source>Mål: ingen</source>
        <translation>Target: none</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/assessment_dialog.py" line="149"/>
        <source>Velg et nivå.</source>
        <translation>Choose a level.</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="257"/>
        <source>Importer katalog «{name}»</source>
        <translation>Import catalogue “{name}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="261"/>
        <source>&lt;b&gt;Legges til ({n}):&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;To be added ({n}):&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="267"/>
        <source>&lt;b&gt;Endringer fra fylket ({n})&lt;/b&gt; — kryss av det kontoret godtar:</source>
        <translation>&lt;b&gt;Changes from the county ({n})&lt;/b&gt; — tick the ones the office accepts:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="270"/>
        <source>Endringer fra fylket</source>
        <translation>Changes from the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="280"/>
        <source>Godta &amp;alle</source>
        <translation>Accept &amp;all</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="282"/>
        <source>&amp;Ingen</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="289"/>
        <source>&lt;b&gt;Kan ikke importeres:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Cannot be imported:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="293"/>
        <source>&lt;b&gt;Kontorets egne beholdes ({n}):&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;The office&apos;s own are kept ({n}):&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="297"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="112"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="112"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="112"/>
        <source>Vurderinger</source>
        <translation>Assessments</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="290"/>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="296"/>
        <source>Kompetansekatalog</source>
        <translation>Competence catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="297"/>
        <source>Kategorier med kompetanseområder</source>
        <translation>Categories with competence areas</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="312"/>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="628"/>
        <source>Ny kategori</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="314"/>
        <source>Nytt &amp;område…</source>
        <translation>New &amp;area…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="315"/>
        <source>Nytt kompetanseområde</source>
        <translation>New competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="317"/>
        <source>Sl&amp;ett…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="318"/>
        <source>Slett valgt kategori eller kompetanseområde</source>
        <translation>Delete the selected category or competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="331"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="336"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="336"/>
        <source>Lagre endringene</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="339"/>
        <source>Forkast endringene i skjemaet</source>
        <translation>Discard the changes in the form</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="344"/>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="488"/>
        <source>Valgt</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="355"/>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="369"/>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="356"/>
        <source>Tekstene for nivå 0–4; F2 eller dobbeltklikk for å endre</source>
        <translation>The labels of levels 0–4; F2 or double-click to edit</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="367"/>
        <source>Feil i skalaen</source>
        <translation>Error in the scale</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="410"/>
        <source>Velg en kategori eller et kompetanseområde i treet.</source>
        <translation>Choose a category or a competence area in the tree.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="419"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="420"/>
        <source>Kategoriens navn</source>
        <translation>Name of the category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="423"/>
        <source>Om kategorien</source>
        <translation>About the category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="311"/>
        <source>Ny kate&amp;gori…</source>
        <translation>New cate&amp;gory…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="338"/>
        <source>Forka&amp;st endringer</source>
        <translation>Disca&amp;rd changes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="432"/>
        <source>N&amp;avn:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="433"/>
        <source>Kompetanseområdets navn</source>
        <translation>Name of the competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="435"/>
        <source>&amp;Kategori:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="436"/>
        <source>Kategori (flytt hit)</source>
        <translation>Category (move here)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="440"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="441"/>
        <source>Kunnskap, ferdighet eller holdning</source>
        <translation>Knowledge, skill or attitude</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="445"/>
        <source>Hva betyr det å kunne dette på kontoret?</source>
        <translation>What does mastering this mean at the office?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="446"/>
        <source>&amp;Beskrivelse:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="447"/>
        <source>Beskrivelse av kompetanseområdet</source>
        <translation>Description of the competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="450"/>
        <source>Om kompetanseområdet</source>
        <translation>About the competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="466"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="470"/>
        <source>{n} kompetanseområder med til sammen {h} vurderinger.</source>
        <translation>{n} competence areas with {h} assessments in all.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="473"/>
        <source>Kompetanseområde</source>
        <translation>Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="483"/>
        <source>ingen roller</source>
        <translation>no roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="485"/>
        <source>{h} vurderinger i historikken. Kreves av: {roles}.</source>
        <translation>{h} assessments in the history. Required by: {roles}.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="628"/>
        <source>&amp;Kategoriens navn:</source>
        <translation>&amp;Name of the category:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="629"/>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="651"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="649"/>
        <source>Nytt kompetanseområde i «{category}»</source>
        <translation>New competence area in “{category}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="650"/>
        <source>&amp;Navn på kompetanseområdet:</source>
        <translation>&amp;Name of the competence area:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="665"/>
        <source>Slette kategori</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="666"/>
        <source>Slette kategorien «{name}» med {n} kompetanseområder?</source>
        <translation>Delete the category “{name}” with {n} competence areas?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="669"/>
        <source>{h} vurderinger i historikken slettes også, sammen med målnivåene rollene har for disse områdene. Du kan angre med Ctrl+Z.</source>
        <translation>{h} assessments in the history are deleted too, together with the target levels the roles have for these areas. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="673"/>
        <source>Slette kompetanseområde</source>
        <translation>Delete competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="674"/>
        <source>Slette kompetanseområdet «{name}»?</source>
        <translation>Delete the competence area “{name}”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="677"/>
        <source>{h} vurderinger i historikken slettes også, og kravet fjernes fra {r} roller. Du kan angre med Ctrl+Z.</source>
        <translation>{h} assessments in the history are deleted too, and the requirement is removed from {r} roles. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="679"/>
        <source>&amp;Slett med historikk</source>
        <translation>&amp;Delete with history</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="70"/>
        <source>Kryss av med mellomrom</source>
        <translation>Tick with Space</translation>
    </message>
    <message numerus="yes">
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="116"/>
        <source>%n valgt</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap/headers.py" line="252"/>
        <source>{category}: klikk for å slå sammen eller vise kompetanseområdene</source>
        <translation>{category}: click to collapse or expand the competence areas</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/headers.py" line="257"/>
        <source>{category} (samlet, {n} områder)</source>
        <translation>{category} (collapsed, {n} areas)</translation>
    </message>
</context>
<context>
    <name>Component</name>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="64"/>
        <source>Kunnskap</source>
        <extracomment>Marked for translation here, translated when shown.</extracomment>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="65"/>
        <source>Ferdighet</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="66"/>
        <source>Holdning</source>
        <translation>Attitude</translation>
    </message>
</context>
<context>
    <name>CountedNamesModel</name>
    <message>
        <location filename="../kompetansekart/ui/common/list_models.py" line="49"/>
        <source>{name} ({n})</source>
        <extracomment>Item data role under which list and table models give a row&apos;s database id.</extracomment>
        <translation>{name} ({n})</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../kompetansekart/ui/crash.py" line="56"/>
        <location filename="../kompetansekart/ui/crash.py" line="57"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/crash.py" line="61"/>
        <source>&lt;b&gt;Noe gikk galt i Kompetansekart.&lt;/b&gt;&lt;br&gt;Alt du har gjort før dette er lagret i kontorfilen. Det siste du gjorde kan ha feilet; sjekk det og prøv igjen.&lt;br&gt;Hvis feilen kommer tilbake, kopier detaljene under og send dem til den som drifter programmet. De står også i loggfilen.</source>
        <translation>&lt;b&gt;Something went wrong in Kompetansekart.&lt;/b&gt;&lt;br&gt;Everything you did before this is saved in the office file. The last thing you did may have failed; check it and try again.&lt;br&gt;If the error comes back, copy the details below and send them to whoever runs the program for you. They are also in the log file.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/crash.py" line="69"/>
        <source>Detaljer om feilen</source>
        <translation>Details of the error</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/crash.py" line="73"/>
        <source>&amp;Kopier detaljer</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/crash.py" line="74"/>
        <source>Kopier detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/crash.py" line="77"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/crash.py" line="78"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/crash.py" line="87"/>
        <source>Kopiert</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="65"/>
        <source>Utkast fra gap – {period}</source>
        <translation>Draft from gaps – {period}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="70"/>
        <source>Forslagene bygger på kontorets største gap, med periodens prioriteringer først. Kryss av dem du vil ha med, endre dem om nødvendig, og forkast resten. Ingenting legges inn før du trykker «Legg til valgte».</source>
        <translation>The suggestions build on the office&apos;s largest gaps, with the period&apos;s priorities first. Tick the ones you want, edit them if needed and discard the rest. Nothing is added until you press “Add selected”.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="75"/>
        <source>Ta med</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="75"/>
        <source>Forslag</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="75"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="76"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="76"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="76"/>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="77"/>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="78"/>
        <source>Forslag til tiltak</source>
        <translation>Suggested measures</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="79"/>
        <source>Mellomrom krysser av; Enter endrer forslaget</source>
        <translation>Space ticks; Enter edits the suggestion</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="97"/>
        <source>&amp;Endre forslag…</source>
        <translation>&amp;Edit suggestion…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="98"/>
        <source>Endre det valgte forslaget</source>
        <translation>Edit the selected suggestion</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="100"/>
        <source>&amp;Forkast</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="101"/>
        <source>Forkast det valgte forslaget</source>
        <translation>Discard the selected suggestion</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="103"/>
        <source>Velg &amp;alle</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="103"/>
        <source>Velg alle</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="105"/>
        <source>Velg &amp;ingen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="105"/>
        <source>Velg ingen</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="114"/>
        <source>Hva de valgte forslagene betyr for tiden</source>
        <translation>What the selected suggestions mean for people&apos;s time</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="116"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="118"/>
        <source>&amp;Legg til valgte</source>
        <translation>Add &amp;selected</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="138"/>
        <source>Ta med «{t}»</source>
        <translation>Include “{t}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="143"/>
        <source> (endret)</source>
        <translation> (edited)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="196"/>
        <source>Endre forslag</source>
        <translation>Edit suggestion</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="221"/>
        <source>Ingen forslag er valgt.</source>
        <translation>No suggestion is selected.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="236"/>
        <source>{n} forslag valgt</source>
        <translation>Selected: {n}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="239"/>
        <source>1 person kommer over timebudsjettet</source>
        <translation>1 person goes over their hours budget</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="240"/>
        <source>{n} personer kommer over timebudsjettet</source>
        <translation>{n} people go over their hours budget</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="237"/>
        <source>{h} timer til sammen</source>
        <translation>{h} hours in all</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/draft.py" line="253"/>
        <source>Kryss av minst ett forslag, eller trykk Avbryt.</source>
        <translation>Tick at least one suggestion, or press Cancel.</translation>
    </message>
</context>
<context>
    <name>EffectTab</name>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="36"/>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="36"/>
        <source>Når målet før</source>
        <translation>Met target before</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="36"/>
        <source>Når målet nå</source>
        <translation>Meets target now</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="37"/>
        <source>Med mål</source>
        <translation>With target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="37"/>
        <source>Samlet gap før</source>
        <translation>Total gap before</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="37"/>
        <source>Samlet gap nå</source>
        <translation>Total gap now</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="38"/>
        <source>Endring i gap</source>
        <translation>Change in gap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="40"/>
        <source>Endring per kompetanse siden forrige periode</source>
        <translation>Change per competence since the previous period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="53"/>
        <source>Ingen tidligere periode å sammenligne med. Når neste periode lages, viser denne fanen hvilke gap som er lukket og hvordan dekningen har endret seg.</source>
        <translation>No earlier period to compare with. When the next period is created, this tab shows which gaps have closed and how coverage has changed.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/effect_tab.py" line="57"/>
        <source>Sammenlignet med «{previous}»: vurderingene slik de stod {before} mot {after}. {closed} gap er lukket og {opened} nye gap har kommet til (også fordi nye ansatte er vurdert).</source>
        <translation>Compared with “{previous}”: the assessments as they stood on {before} against {after}. {closed} gaps have closed and {opened} new gaps have appeared (also because new staff have been assessed).</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="74"/>
        <source>Trykk Enter for å gå dit</source>
        <extracomment>How many entries a section shows before «Vis alle».</extracomment>
        <translation>Press Enter to go there</translation>
    </message>
</context>
<context>
    <name>Experts</name>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="72"/>
        <source>i dag</source>
        <extracomment>Item data of categories in the competence tree, and of «velg person» (never None: PySide6 6.12 drops a reference to None each time an empty QVariant comes back to Python). Columns of the holders table. lupdate finds strings in translate(&quot;Experts&quot;, &quot;...&quot;) calls (not in a helper taking a variable).</extracomment>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="76"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="77"/>
        <source>%1 dager</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="79"/>
        <location filename="../kompetansekart/ui/experts/view.py" line="84"/>
        <source>%1 mnd</source>
        <translation>%1 mo</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="81"/>
        <source>%1 år</source>
        <translation>%1 yr</translation>
    </message>
</context>
<context>
    <name>ExpertsView</name>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="318"/>
        <source>Hvem kan hva</source>
        <translation>Who knows what</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="322"/>
        <source>Søk etter kompetanse eller kategori</source>
        <translation>Search for a competence or category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="323"/>
        <source>Søk i kompetanser</source>
        <translation>Search competences</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="325"/>
        <source>&amp;Kompetanse:</source>
        <translation>Co&amp;mpetence:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="336"/>
        <source>Kompetanseområder</source>
        <translation>Competence areas</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="360"/>
        <source>Vis også de som ikke er vurdert</source>
        <translation>Also show those not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="366"/>
        <source>Hvem kan kompetansen, best først</source>
        <translation>Who has the competence, best first</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="359"/>
        <source>Vis også de som ikke er vur&amp;dert</source>
        <translation>Also show those not &amp;assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="368"/>
        <source>Enter eller dobbeltklikk åpner cellen i kartleggingen. Alt+L går til listen.</source>
        <translation>Enter or double-click opens the cell in the assessment grid. Alt+L goes to the list.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="388"/>
        <source>Velg person</source>
        <translation>Choose person</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="395"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="405"/>
        <source>Kan lære bort</source>
        <translation>Can teach others</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="441"/>
        <source>Alt+L</source>
        <translation>Alt+L</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="506"/>
        <source>Velg en person …</source>
        <translation>Choose a person …</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="590"/>
        <source>Velg en kompetanse</source>
        <translation>Choose a competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="601"/>
        <source>Hvem kan «%1»?</source>
        <translation>Who knows “%1”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="606"/>
        <source>%1 kan lære bort</source>
        <translation>%1 can teach others</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="607"/>
        <source>%1 på nivå 3 eller høyere</source>
        <translation>%1 at level 3 or higher</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="608"/>
        <source>%1 ikke vurdert</source>
        <translation>%1 not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="610"/>
        <source>%1 utdaterte vurderinger</source>
        <translation>%1 out-of-date assessments</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="639"/>
        <source>Velg en person for å se hva hen kan lære bort til andre (nivå 4).</source>
        <translation>Choose a person to see what they can teach others (level 4).</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="647"/>
        <source>%1 kan lære bort (nivå 4):</source>
        <translation>%1 can teach others (level 4):</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="649"/>
        <source>%1 har ingen kompetanser på nivå 4 («kan lære bort») ennå.</source>
        <translation>%1 has no competences at level 4 (“can teach others”) yet.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="53"/>
        <location filename="../kompetansekart/ui/plan/followup.py" line="133"/>
        <source>Marker «{title}» som gjennomført</source>
        <extracomment>The follow-up cell value meaning «no new assessment».</extracomment>
        <translation>Mark “{title}” as done</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="64"/>
        <source>Vurder deltakerne på nytt i kompetansene tiltaket bygget, så viser varmekartet om gapet er lukket. Nivået står på dagens vurdering; endre der det har skjedd noe. Velg «–» for å ikke registrere en ny vurdering.</source>
        <translation>Assess the participants again in the competences the measure built, so the heatmap shows whether the gap has closed. Each level starts at the current assessment; change it where something has changed. Choose “–” to record no new assessment.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="70"/>
        <source>Ny vurdering av deltakerne</source>
        <translation>New assessment of the participants</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="84"/>
        <source>Mål: {t}</source>
        <translation>Target: {t}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="86"/>
        <source>{person} i {competence}</source>
        <translation>{person} in {competence}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="92"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="94"/>
        <source>&amp;Vurdert:</source>
        <translation>&amp;Assessed on:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="95"/>
        <source>Vurderingsdato</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="97"/>
        <source>Hvordan gikk det? Hva lærte vi?</source>
        <translation>How did it go? What did we learn?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="99"/>
        <source>&amp;Evaluering:</source>
        <translation>&amp;Evaluation:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="100"/>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="103"/>
        <source>&amp;Marker som gjennomført</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="123"/>
        <source>Vurderingsdatoen</source>
        <translation>The assessment date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/followup.py" line="126"/>
        <source>Vurderingsdatoen kan ikke være i fremtiden.</source>
        <translation>The assessment date cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../kompetansekart/ui/common/forms.py" line="104"/>
        <source>Feil i feltet {name}</source>
        <extracomment>Dates in the window: the one definition is domain.validation.format_date («31.01.2026»).</extracomment>
        <translation>Error in the field {name}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/common/forms.py" line="120"/>
        <location filename="../kompetansekart/ui/common/forms.py" line="121"/>
        <location filename="../kompetansekart/ui/common/forms.py" line="139"/>
        <location filename="../kompetansekart/ui/common/forms.py" line="142"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/common/forms.py" line="155"/>
        <location filename="../kompetansekart/ui/common/forms.py" line="156"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/common/forms.py" line="174"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/common/forms.py" line="181"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="303"/>
        <source>Endre utviklingsmål for {name}</source>
        <translation>Edit development goal for {name}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="304"/>
        <source>Nytt utviklingsmål for {name}</source>
        <translation>New development goal for {name}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="309"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="315"/>
        <source> (nå {cur}, mål {tgt})</source>
        <translation> (now {cur}, target {tgt})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="320"/>
        <source>&amp;Kompetanse:</source>
        <translation>&amp;Competence:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="321"/>
        <source>Kompetanseområde</source>
        <translation>Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="326"/>
        <source>&amp;Målnivå:</source>
        <translation>&amp;Target level:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="327"/>
        <source>Målnivå</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="329"/>
        <source>dd.mm.åååå (valgfritt)</source>
        <translation>dd.mm.yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="330"/>
        <source>&amp;Frist:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="330"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="332"/>
        <source>Hva ble avtalt i utviklingssamtalen?</source>
        <translation>What was agreed in the development talk?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="334"/>
        <source>&amp;Notat:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="334"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="335"/>
        <source>Tiltak som hører til målet</source>
        <translation>Measures that belong to the goal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="336"/>
        <source>Søk i tiltak</source>
        <translation>Search measures</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="340"/>
        <source>&amp;Tiltak:</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="341"/>
        <source>Tiltak</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="344"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="37"/>
        <source>Ansatte</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="38"/>
        <source>Velg en ansatt for å se utviklingsmålene</source>
        <translation>Choose an employee to see their development goals</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="41"/>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="41"/>
        <source>Nå</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="41"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="41"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="42"/>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="42"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="43"/>
        <source>Utviklingsmål</source>
        <translation>Development goals</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="50"/>
        <source>Nytt &amp;mål…</source>
        <translation>New g&amp;oal…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="50"/>
        <source>Nytt utviklingsmål</source>
        <translation>New development goal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="52"/>
        <source>Endre mål…</source>
        <translation>Edit goal…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="53"/>
        <source>Endre utviklingsmål</source>
        <translation>Edit development goal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="54"/>
        <source>Slett mål</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="55"/>
        <source>Slett utviklingsmål</source>
        <translation>Delete development goal</translation>
    </message>
    <message numerus="yes">
        <location filename="../kompetansekart/ui/plan/goals_tab.py" line="77"/>
        <source> (%n mål)</source>
        <translation>
            <numerusform> (%n goal)</numerusform>
            <numerusform> (%n goals)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapCanvas</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap/canvas.py" line="56"/>
        <source>Varmekart</source>
        <extracomment>At the default zoom a narrow map widens its columns to use the width (up to a limit).</extracomment>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/canvas.py" line="58"/>
        <source>Ansatte i rader og kompetanseområder i kolonner. Piltaster flytter valgt celle, Enter åpner vurderingen.</source>
        <translation>Staff in rows and competence areas in columns. Arrow keys move the selected cell; Enter opens the assessment.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/canvas.py" line="92"/>
        <source>Rull ansatte</source>
        <extracomment>What the image shows: the grid&apos;s colours, with hatched cells transparent.</extracomment>
        <translation>Scroll staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/canvas.py" line="93"/>
        <source>Rull kompetanseområder</source>
        <translation>Scroll competence areas</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="112"/>
        <source>Uten kategori</source>
        <extracomment>Asks for files to open: (parent, title, filter) -&gt; paths. Asks for a folder: (parent, title) -&gt; path or &quot;&quot;. Asks where to save: (parent, title, suggested, filter) -&gt; path or &quot;&quot;.</extracomment>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="159"/>
        <source>ikke i katalogen</source>
        <translation>not in the catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="171"/>
        <source>{name} ({area}), {staff} ansatte, fil: {file}</source>
        <translation>{name} ({area}), {staff} staff, file: {file}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="184"/>
        <source>Finnes i {n} av {total} kontorer</source>
        <translation>Found in {n} of {total} offices</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="75"/>
        <source>Varmekart</source>
        <extracomment>Tables whose change can alter the map; other edits (plans, measures) leave it alone. The assessment this view is recording right now (for the one-cell redraw). The office changed while the view was hidden: reload when it is shown again.</extracomment>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="77"/>
        <source>Visning</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="78"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="78"/>
        <source>Gap mot mål</source>
        <translation>Gap to target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="79"/>
        <source>Egenvurdering mot leder</source>
        <translation>Self-assessment vs. leader</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="79"/>
        <source>Alder på vurdering</source>
        <translation>Age of assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="80"/>
        <source>Hva fargene viser</source>
        <translation>What the colours show</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="81"/>
        <source>Grupper ansatte etter</source>
        <translation>Group staff by</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="82"/>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="83"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="82"/>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="84"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="82"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="85"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="86"/>
        <source>Bare &amp;gap</source>
        <translation>Only &amp;gaps</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="86"/>
        <source>Bare gap</source>
        <translation>Only gaps</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="87"/>
        <source>Vis bare ansatte og områder med gap eller ukjent gap</source>
        <translation>Show only staff and areas with a gap or an unknown gap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="88"/>
        <source>Dekning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="89"/>
        <source>Nivå {n} eller mer</source>
        <translation>Level {n} or higher</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="89"/>
        <source>På kravnivå</source>
        <translation>At required level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="91"/>
        <source>Hva tallene under kartet teller</source>
        <translation>What the numbers below the map count</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="92"/>
        <source>&amp;Samle kategorier</source>
        <translation>Co&amp;llapse categories</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="93"/>
        <source>Samle kategorier</source>
        <translation>Collapse categories</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="94"/>
        <source>Vis hver kategori som én kolonne (verste gap eller snittnivå); klikk en kategori for å åpne den</source>
        <translation>Show each category as one column (worst gap or average level); click a category to open it</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="96"/>
        <source>Høy kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="96"/>
        <source>Høy ko&amp;ntrast</source>
        <translation>High co&amp;ntrast</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="97"/>
        <source>Zoom ut (Ctrl+minus)</source>
        <translation>Zoom out (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="98"/>
        <source>Zoom inn (Ctrl+pluss)</source>
        <translation>Zoom in (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="99"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="99"/>
        <source>Standard størrelse</source>
        <translation>Default size</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="100"/>
        <source>Tilpass</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="100"/>
        <source>Vis hele kartet</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="101"/>
        <source>&amp;Eksporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="101"/>
        <source>Lagre kartet som bilde</source>
        <translation>Save the map as an image</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="103"/>
        <source>Som PNG-bilde (det du ser)…</source>
        <translation>As PNG image (what you see)…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="104"/>
        <source>Som SVG-vektorgrafikk (hele kartet)…</source>
        <translation>As SVG vector graphics (the whole map)…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="109"/>
        <source>V&amp;is:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="110"/>
        <source>Gr&amp;upper:</source>
        <translation>Gro&amp;up by:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="111"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="112"/>
        <source>R&amp;olle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="113"/>
        <source>&amp;Kategori:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="118"/>
        <source>&amp;Dekning:</source>
        <translation>C&amp;overage:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="122"/>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="139"/>
        <source>Varmekartet er tomt</source>
        <translation>The heatmap is empty</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="192"/>
        <source>Varmekartet har ingen modus «{mode}». Velg en av: {modes}.</source>
        <translation>The heatmap has no mode “{mode}”. Choose one of: {modes}.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="304"/>
        <source>Kunne ikke lagre bildet «{name}».</source>
        <translation>Could not save the image “{name}”.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="311"/>
        <source>Det er ikke noe kart å lagre.</source>
        <translation>There is no map to save.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="319"/>
        <source>Kunne ikke lagre «{name}»: {reason}.</source>
        <translation>Could not save “{name}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="393"/>
        <source>Alle team</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="395"/>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="398"/>
        <source>Alle kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="421"/>
        <source>&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{rows} ansatte × {cols} kolonner</source>
        <translation>&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{rows} staff × {cols} columns</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="426"/>
        <source>&lt;b&gt;Dekning&lt;/b&gt; (på kravnivå)</source>
        <translation>&lt;b&gt;Coverage&lt;/b&gt; (at required level)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="431"/>
        <source>Skravert = ikke vurdert (ikke det samme som 0). Tallene under kartet: antall på kontorets kravnivå; ⚠ = sårbar (kreves, høyst én dekker). Klikk en celle for å vurdere.</source>
        <translation>Hatched = not assessed (not the same as 0). Numbers below the map: how many are at the office&apos;s required level; ⚠ = vulnerable (required, at most one person covers it). Click a cell to assess.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="427"/>
        <source>&lt;b&gt;Dekning&lt;/b&gt; (nivå {n}+)</source>
        <translation>&lt;b&gt;Coverage&lt;/b&gt; (level {n}+)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="428"/>
        <source>Nivå:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="428"/>
        <source>Gap:</source>
        <translation>Gap:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="429"/>
        <source>Egen − leder:</source>
        <translation>Self − leader:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="429"/>
        <source>Alder:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="434"/>
        <source>Gap = mål minus nivå. ? = mål finnes, men personen er ikke vurdert. Tom = ingen mål. ⚠ = sårbar kompetanse.</source>
        <translation>Gap = target minus level. ? = there is a target, but the person is not assessed. Empty = no target. ⚠ = vulnerable competence.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="436"/>
        <source>Pluss = personen vurderer seg høyere enn leder, minus = lavere. Skravert = mangler en av vurderingene.</source>
        <translation>Plus = the person rates themselves higher than the leader does, minus = lower. Hatched = one of the assessments is missing.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="438"/>
        <source>Måneder siden siste ledervurdering; utdatert etter {n} mnd. Skravert = ikke vurdert.</source>
        <translation>Months since the latest leader assessment; out of date after {n} months. Hatched = not assessed.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="452"/>
        <source>Ingen ansatte eller kompetanseområder passer til utvalget. Velg «Alle» i filtrene eller slå av «Bare gap».</source>
        <translation>No staff or competence areas match the selection. Choose “All” in the filters or turn off “Only gaps”.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="455"/>
        <source>Kontoret har ingen aktive ansatte ennå. Legg dem til under «Ansatte», og vurder dem under «Kartlegging».</source>
        <translation>The office has no active staff yet. Add them under “Staff” and assess them under “Mapping”.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="458"/>
        <source>Kontoret har ingen kompetanseområder ennå. Legg dem til under «Kompetansekatalog».</source>
        <translation>The office has no competence areas yet. Add them under “Competence catalogue”.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="491"/>
        <source>Nivå: &lt;b&gt;ikke vurdert&lt;/b&gt;</source>
        <translation>Level: &lt;b&gt;not assessed&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="493"/>
        <source>Nivå: &lt;b&gt;{level} {label}&lt;/b&gt;</source>
        <translation>Level: &lt;b&gt;{level} {label}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="496"/>
        <source>Mål: ingen</source>
        <translation>Target: none</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="498"/>
        <source>Mål: {level} {label}</source>
        <translation>Target: {level} {label}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="501"/>
        <source>Gap: &lt;b&gt;ukjent&lt;/b&gt; (mål, men ikke vurdert)</source>
        <translation>Gap: &lt;b&gt;unknown&lt;/b&gt; (target, but not assessed)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="503"/>
        <source>Gap: {gap}</source>
        <translation>Gap: {gap}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="505"/>
        <source>Egenvurdering: {level} {label} ({date})</source>
        <translation>Self-assessment: {level} {label} ({date})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="508"/>
        <source>{n} mnd siden</source>
        <translation>{n} months ago</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="510"/>
        <source>, &lt;b&gt;utdatert&lt;/b&gt;</source>
        <translation>, &lt;b&gt;out of date&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="511"/>
        <source>Sist vurdert {date} av {source} ({age})</source>
        <translation>Last assessed {date} by {source} ({age})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="514"/>
        <source>&lt;i&gt;Klikk for å vurdere&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click to assess&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="519"/>
        <source>{category} (samlet: {n} områder, {a} vurdert)</source>
        <translation>{category} (collapsed: {n} areas, {a} assessed)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="522"/>
        <source>Snittnivå: {mean}</source>
        <translation>Average level: {mean}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="524"/>
        <source>Verste gap: {gap}</source>
        <translation>Worst gap: {gap}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="526"/>
        <source>Ukjente gap: {n} av {t} med mål</source>
        <translation>Unknown gaps: {n} of {t} with a target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="529"/>
        <source>Største forskjell egen − leder: {d:+d}</source>
        <translation>Largest difference self − leader: {d:+d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="532"/>
        <source>Eldste vurdering: {n} mnd</source>
        <translation>Oldest assessment: {n} months</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="533"/>
        <source>&lt;i&gt;Klikk for å vise områdene&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click to show the areas&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="543"/>
        <source>Lagre varmekart som PNG</source>
        <translation>Save heatmap as PNG</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="544"/>
        <source>varmekart.png</source>
        <translation>heatmap.png</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="545"/>
        <source>PNG-bilde (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="550"/>
        <source>Lagre varmekart som SVG</source>
        <translation>Save heatmap as SVG</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="551"/>
        <source>varmekart.svg</source>
        <translation>heatmap.svg</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="552"/>
        <source>SVG-vektorgrafikk (*.svg)</source>
        <translation>SVG vector graphics (*.svg)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/view.py" line="560"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/headers.py" line="322"/>
        <source>Ingen i kontoret har et mål her.</source>
        <translation>Nobody in the office has a target here.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/headers.py" line="324"/>
        <source>{n} av {total} aktive er på kontorets kravnivå ({level}).</source>
        <translation>{n} of {total} active staff are at the office&apos;s required level ({level}).</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/headers.py" line="328"/>
        <source>{n} av {total} aktive har nivå {level} eller mer.</source>
        <translation>{n} of {total} active staff are at level {level} or higher.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/headers.py" line="331"/>
        <source>{m} av {t} med mål når sitt eget mål.</source>
        <translation>{m} of {t} with a target meet their own target.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/headers.py" line="335"/>
        <source>⚠ Sårbar: {n} av områdene kreves, men dekkes av høyst én person.</source>
        <translation>⚠ Vulnerable: {n} of the areas are required but covered by at most one person.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/headers.py" line="339"/>
        <source>⚠ Sårbar: kontoret krever den, men høyst én person dekker den.</source>
        <translation>⚠ Vulnerable: the office requires it, but at most one person covers it.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="98"/>
        <source>Ikke vurdert</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="100"/>
        <source>0 Når målet</source>
        <translation>0 Meets target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="102"/>
        <source>{n} under målet</source>
        <translation>{n} below target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="104"/>
        <source>? Ukjent gap</source>
        <translation>? Unknown gap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="106"/>
        <source>Ingen mål</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="108"/>
        <source>Mangler egen- eller ledervurdering</source>
        <translation>Self- or leader assessment missing</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="110"/>
        <source>Under {n} mnd</source>
        <translation>Under {n} months</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="112"/>
        <source>{a}–{b} mnd</source>
        <translation>{a}–{b} months</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="114"/>
        <source>Over {n} mnd</source>
        <translation>Over {n} months</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="91"/>
        <source>Dato</source>
        <extracomment>Item data of «Fra rollene» in the target combo (never None in a combo: PySide6 6.12 drops a reference to None when it comes back from a QVariant). Runs a service function for a cell (person id, competence id); the matrix view passes its own so that it refreshes only that cell&apos;s column.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="91"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="91"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="91"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="141"/>
        <source>Detaljer for valgt celle</source>
        <extracomment>A message for the user (text, is_error), shown by the view.</extracomment>
        <translation>Details of the selected cell</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="168"/>
        <source>Leder:</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="169"/>
        <source>Egenvurdering:</source>
        <translation>Self-assessment:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="170"/>
        <source>Mål:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="171"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="174"/>
        <source>Individuelt mål</source>
        <translation>Individual target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="176"/>
        <source>Et individuelt mål erstatter målet fra rollene for denne personen.</source>
        <translation>An individual target replaces the target from the roles for this person.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="178"/>
        <source>&amp;Individuelt mål:</source>
        <translation>&amp;Individual target:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="189"/>
        <source>Historikk for valgt celle</source>
        <translation>History of the selected cell</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="210"/>
        <source>Notat til valgt vurdering</source>
        <translation>Note on the selected assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="212"/>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="396"/>
        <source>For eksempel hva vurderingen bygger på</source>
        <translation>For example what the assessment is based on</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="184"/>
        <source>Hi&amp;storikk</source>
        <translation>Hist&amp;ory</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="207"/>
        <source>&amp;Notat til valgt vurdering:</source>
        <translation>&amp;Note on the selected assessment:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="215"/>
        <source>La&amp;gre notat</source>
        <translation>S&amp;ave note</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="216"/>
        <source>Lagre notat</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="282"/>
        <source>Ingen celle valgt</source>
        <translation>No cell selected</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="283"/>
        <source>Velg en celle i kartleggingen for å se historikken.</source>
        <translation>Choose a cell in the assessment grid to see its history.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="319"/>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="340"/>
        <source>Ingen krav</source>
        <translation>No requirement</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="322"/>
        <source>individuelt mål</source>
        <translation>individual target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="326"/>
        <source>fra rolle %1</source>
        <translation>from role %1</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="335"/>
        <source>Når målet</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="337"/>
        <source>Gap: mangler %1 nivå</source>
        <translation>Gap: short by %1</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="339"/>
        <source>Ukjent gap: har mål, men er ikke vurdert</source>
        <translation>Unknown gap: has a target but is not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="340"/>
        <source>Ikke vurdert</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="345"/>
        <source>Fra rollene (%1)</source>
        <translation>From the roles (%1)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="346"/>
        <source>Fra rollene (ingen krav)</source>
        <translation>From the roles (no requirement)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/history_panel.py" line="393"/>
        <source>Registrer et nivå først, så kan du skrive et notat til vurderingen.</source>
        <translation>Record a level first; then you can write a note on the assessment.</translation>
    </message>
</context>
<context>
    <name>HoldersModel</name>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="197"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="198"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="197"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="197"/>
        <source>Vurdert</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="197"/>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="198"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="198"/>
        <source>Egen</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="202"/>
        <source>Ikke vurdert</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="221"/>
        <source>utdatert</source>
        <translation>out of date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="238"/>
        <source>Egenvurdering: %1</source>
        <translation>Self-assessment: %1</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="240"/>
        <source>Vurderingen er eldre enn kontorets grense og bør fornyes.</source>
        <translation>The assessment is older than the office&apos;s limit and should be renewed.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="242"/>
        <source>Dobbeltklikk for å åpne cellen i kartleggingen.</source>
        <translation>Double-click to open the cell in the assessment grid.</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="36"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="36"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="36"/>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="36"/>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="37"/>
        <source>Tilgjengelig</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="37"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="38"/>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="55"/>
        <source>Timer per person</source>
        <translation>Hours per person</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="49"/>
        <source>Tilgjengelig er personens læringstimer per år (satt under «Ansatte»), regnet om til periodens lengde. Avlyste tiltak telles ikke. </source>
        <translation>Available is the person&apos;s learning hours a year (set under “Staff”), scaled to the length of the period. Cancelled measures do not count. </translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="51"/>
        <source>1 person er over timebudsjettet.</source>
        <translation>1 person is over their hours budget.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="52"/>
        <source>{n} personer er over timebudsjettet.</source>
        <translation>{n} people are over their hours budget.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="53"/>
        <source>Ingen er over timebudsjettet.</source>
        <translation>Nobody is over their hours budget.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/hours_tab.py" line="54"/>
        <source>Timer per person ({n} over)</source>
        <translation>Hours per person ({n} over)</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="406"/>
        <source>Når målet</source>
        <extracomment>Cell backgrounds by state; the numbers in the cell carry the same meaning for those who cannot tell the colours apart. Soft colours for the category bands, repeated when there are more categories. Keys that record a level; the keypad sends the same key codes. Item data of «Alle team» / «Alle roller»: never None in a combo (see MatrixModel.paint_info). A level was typed (int 0-4, or None for «ikke vurdert»). A digit outside the scale was typed.</extracomment>
        <translation>Meets target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="407"/>
        <source>Mangler 1</source>
        <translation>1 short</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="408"/>
        <source>Mangler 2+</source>
        <translation>2+ short</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="409"/>
        <source>? Ukjent (mål, ikke vurdert)</source>
        <translation>? Unknown (target, not assessed)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="410"/>
        <source>– Ikke vurdert</source>
        <translation>– Not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="411"/>
        <location filename="../kompetansekart/ui/matrix/view.py" line="419"/>
        <source>◥ Egenvurdering avviker</source>
        <translation>◥ Self-assessment differs</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="413"/>
        <source>Tegnforklaring</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="414"/>
        <source>Cellene viser nivå/mål. 0 er et nivå; – betyr ikke vurdert.</source>
        <translation>Cells show level/target. 0 is a level; – means not assessed.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="418"/>
        <source>◥ Leders vurdering avviker</source>
        <translation>◥ Leader&apos;s assessment differs</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap/legend.py" line="25"/>
        <source>Forklaring</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="193"/>
        <source>Målnivå</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="197"/>
        <source>— ikke påkrevd</source>
        <translation>— not required</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="89"/>
        <location filename="../kompetansekart/ui/main_window.py" line="554"/>
        <source>Kompetansekart</source>
        <extracomment>False for the screenshot command: nothing is written to the settings.</extracomment>
        <translation>Kompetansekart</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="99"/>
        <source>Merknad om filen</source>
        <translation>Note about the file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="104"/>
        <source>Visninger</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="120"/>
        <source>Statuslinje</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="131"/>
        <source>Ingen kontorfil er åpen</source>
        <translation>No office file is open</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="135"/>
        <source>&lt;h2&gt;Ingen kontorfil er åpen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No office file is open&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="136"/>
        <source>Opprett et nytt kontor, åpne en kontorfil (.kkart) eller dra en kontorfil hit.</source>
        <translation>Create a new office, open an office file (.kkart) or drag an office file here.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="140"/>
        <location filename="../kompetansekart/ui/main_window.py" line="176"/>
        <source>&amp;Nytt kontor…</source>
        <translation>&amp;New office…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="140"/>
        <source>Nytt kontor</source>
        <translation>New office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="142"/>
        <location filename="../kompetansekart/ui/main_window.py" line="178"/>
        <source>&amp;Åpne…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="142"/>
        <location filename="../kompetansekart/ui/main_window.py" line="392"/>
        <source>Åpne kontorfil</source>
        <translation>Open office file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="147"/>
        <source>Nylig brukte kontorfiler</source>
        <translation>Recently used office files</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="150"/>
        <source>Nylig br&amp;ukt:</source>
        <translation>Recently &amp;used:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="180"/>
        <source>Lagre &amp;kopi som…</source>
        <translation>Save a cop&amp;y as…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="182"/>
        <source>Kontor&amp;opplysninger…</source>
        <translation>Office &amp;details…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="184"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="186"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="187"/>
        <location filename="../kompetansekart/ui/main_window.py" line="533"/>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="189"/>
        <location filename="../kompetansekart/ui/main_window.py" line="536"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="191"/>
        <source>&amp;Regional oversikt…</source>
        <translation>&amp;Regional overview…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="193"/>
        <source>&amp;Om Kompetansekart</source>
        <translation>&amp;About Kompetansekart</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="209"/>
        <source>Menylinje</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="210"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="213"/>
        <source>Åpne nyl&amp;ig</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="222"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="225"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="229"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="238"/>
        <source>F&amp;ylke</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="240"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="254"/>
        <source>Kan ikke åpne filen</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="393"/>
        <source>Kontorfiler (*.kkart);;Alle filer (*)</source>
        <translation>Office files (*.kkart);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="407"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="411"/>
        <source>&amp;Tøm listen</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="431"/>
        <source>Lagre kopi som</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="432"/>
        <source>Kontorfiler (*.kkart)</source>
        <translation>Office files (*.kkart)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="444"/>
        <location filename="../kompetansekart/ui/main_window.py" line="451"/>
        <source>Kan ikke lagre kopien</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="445"/>
        <source>Kopien kan ikke erstatte filen som er åpen. Velg et annet filnavn.</source>
        <translation>The copy cannot replace the file that is open. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="453"/>
        <source>Kopien er lagret i {path}</source>
        <translation>The copy is saved in {path}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="484"/>
        <source>Om Kompetansekart</source>
        <translation>About Kompetansekart</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="485"/>
        <source>&lt;h3&gt;Kompetansekart {version}&lt;/h3&gt;&lt;p&gt;Kompetansekartlegging og kompetanseplan for NAV-kontor, uten server. Hvert kontor er én fil som lagres fortløpende.&lt;/p&gt;&lt;p&gt;Datamappe: {data}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kompetansekart {version}&lt;/h3&gt;&lt;p&gt;Competence mapping and competence plans for NAV offices, without a server. Each office is one file that is saved as you go.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log file: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="497"/>
        <source>Språket endres neste gang Kompetansekart starter.</source>
        <translation>The language changes the next time Kompetansekart starts.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="507"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="515"/>
        <source>Lagret: {label}</source>
        <translation>Saved: {label}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="517"/>
        <source>Angret: {label}</source>
        <translation>Undone: {label}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="532"/>
        <source>&amp;Angre «{label}»</source>
        <translation>&amp;Undo “{label}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="535"/>
        <source>&amp;Gjør om «{label}»</source>
        <translation>&amp;Redo “{label}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="562"/>
        <source> (skrivebeskyttet, {holder})</source>
        <translation> (read-only, {holder})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="563"/>
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="567"/>
        <source>Filen er åpnet skrivebeskyttet fordi den er {holder}. Du kan se, men ikke endre.</source>
        <translation>The file is open read-only because it is {holder}. You can look but not change anything.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="570"/>
        <source>Filen er skrivebeskyttet (du har ikke skrivetilgang til den). Du kan se, men ikke endre.</source>
        <translation>The file is read-only (you may not write to it). You can look but not change anything.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="346"/>
        <source>Ikke vurdert</source>
        <extracomment>lupdate finds strings in translate(&quot;Matrix&quot;, &quot;...&quot;) calls (not in a helper taking a variable). The coverage of columns first..last changed. Used instead of headerDataChanged, which makes QTableView re-lay out and repaint the whole grid on every keystroke. The assessment history by competence and person, kept so that a keystroke re-reads one cell instead of a whole column.</extracomment>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="409"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="411"/>
        <source>Roller: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="442"/>
        <source>Leders vurdering: ikke vurdert</source>
        <translation>Leader&apos;s assessment: not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="444"/>
        <source>Leders vurdering: %1 %2 (%3, %4)</source>
        <translation>Leader&apos;s assessment: %1 %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="449"/>
        <source>Egenvurdering: ingen</source>
        <translation>Self-assessment: none</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="451"/>
        <source>Egenvurdering: %1 %2 (%3)</source>
        <translation>Self-assessment: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="456"/>
        <source>Mål: ingen krav</source>
        <translation>Target: no requirement</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="458"/>
        <source>individuelt</source>
        <translation>individual</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="459"/>
        <source>fra rolle</source>
        <translation>from role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="460"/>
        <source>Mål: %1 %2 (%3)</source>
        <translation>Target: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="468"/>
        <source>Ukjent gap: har mål, men er ikke vurdert</source>
        <translation>Unknown gap: has a target but is not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="471"/>
        <source>Gap: mangler %1 nivå</source>
        <translation>Gap: short by %1</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="474"/>
        <source>Når målet</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="482"/>
        <source>mål %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="488"/>
        <source>leder</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="489"/>
        <source>egenvurdering</source>
        <translation>self-assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="500"/>
        <source>%1 av %2 med mål når målet</source>
        <translation>%1 of %2 with a target meet it</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="504"/>
        <source>%1 dekker nivå %2</source>
        <translation>%1 cover level %2</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="508"/>
        <source>Sårbar: bare én eller ingen kan dette</source>
        <translation>Vulnerable: only one person or nobody has this</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/model.py" line="510"/>
        <source>Ingen roller krever dette</source>
        <translation>No role requires this</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="465"/>
        <source>Kartlegging</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="473"/>
        <source>Vis team</source>
        <translation>Show team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="477"/>
        <source>Vis rolle</source>
        <translation>Show role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="480"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="500"/>
        <source>Registrer:</source>
        <translation>Record as:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="501"/>
        <source>&amp;Leder</source>
        <translation>&amp;Leader</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="502"/>
        <source>&amp;Koordinator</source>
        <translation>Coor&amp;dinator</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="503"/>
        <source>&amp;Egenvurdering</source>
        <translation>&amp;Self-assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="506"/>
        <source>Nye nivåer registreres som denne typen vurdering, og cellene viser den.</source>
        <translation>New levels are recorded as this kind of assessment, and the cells show it.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="482"/>
        <source>R&amp;olle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="514"/>
        <source>Kartleggingsr&amp;unde</source>
        <translation>Assessment ro&amp;und</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="515"/>
        <source>Kartleggingsrunde</source>
        <translation>Assessment round</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="517"/>
        <source>I en kartleggingsrunde får alle vurderinger du registrerer samme dato.</source>
        <translation>In an assessment round, every assessment you record gets the same date.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="520"/>
        <source>Dato for kartleggingsrunden</source>
        <translation>Date of the assessment round</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="533"/>
        <source>Etter tasting</source>
        <translation>After typing</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="534"/>
        <source>gå til høyre</source>
        <translation>move right</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="535"/>
        <source>gå ned</source>
        <translation>move down</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="536"/>
        <source>bli stående</source>
        <translation>stay</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="537"/>
        <source>Etter t&amp;asting:</source>
        <translation>After t&amp;yping:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="547"/>
        <source>Skriv 0–4 for å registrere et nivå, Delete for ikke vurdert. Piltaster og Tab flytter. Alt+M går tilbake til matrisen.</source>
        <translation>Type 0–4 to record a level, Delete for not assessed. Arrow keys and Tab move. Alt+M returns to the grid.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="545"/>
        <source>Kartleggingsmatrise</source>
        <translation>Assessment grid</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="571"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="594"/>
        <source>Alt+M</source>
        <translation>Alt+M</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="609"/>
        <source>Alle team</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="611"/>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="628"/>
        <source>Kontoret har ingen aktive ansatte ennå. Legg dem til under «Ansatte», så kan du kartlegge dem her.</source>
        <translation>The office has no active staff yet. Add them under “Staff”, then you can assess them here.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="631"/>
        <source>Kompetansekatalogen er tom. Legg til kompetanseområder under «Kompetansekatalog».</source>
        <translation>The competence catalogue is empty. Add competence areas under “Competence catalogue”.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="758"/>
        <source>«%1» er ikke et nivå. Bruk 0–4, eller Delete for ikke vurdert.</source>
        <translation>“%1” is not a level. Use 0–4, or Delete for not assessed.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="841"/>
        <source>Nye vurderinger dateres %1</source>
        <translation>New assessments are dated %1</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="868"/>
        <source>%1 personer</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix/view.py" line="869"/>
        <source>%1 av %2 personer</source>
        <translation>%1 of %2 people</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="51"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="54"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="55"/>
        <source>Tittel på tiltaket</source>
        <translation>Title of the measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="62"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="63"/>
        <source>Type tiltak</source>
        <translation>Kind of measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="65"/>
        <source>(ingen på kontoret)</source>
        <translation>(nobody at the office)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="70"/>
        <source>&amp;Ansvarlig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="71"/>
        <source>Ansvarlig på kontoret</source>
        <translation>Responsible at the office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="73"/>
        <source>for eksempel Fylkeskontoret eller en kursleverandør</source>
        <translation>for example the county office or a course provider</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="75"/>
        <source>&amp;Ekstern ansvarlig:</source>
        <translation>E&amp;xternal provider:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="76"/>
        <source>Ekstern ansvarlig</source>
        <translation>External provider</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="78"/>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="82"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="79"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="80"/>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="83"/>
        <source>T&amp;il:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="83"/>
        <source>Sluttdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="88"/>
        <source> timer</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="92"/>
        <source>Timer per &amp;deltaker:</source>
        <translation>Hours per &amp;participant:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="93"/>
        <source>Timer per deltaker</source>
        <translation>Hours per participant</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="95"/>
        <source>kroner (valgfritt)</source>
        <translation>kroner (optional)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="96"/>
        <source>&amp;Kostnad:</source>
        <translation>&amp;Cost:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="97"/>
        <source>Kostnad i kroner</source>
        <translation>Cost in kroner</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="102"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="105"/>
        <source>Hvordan gikk det? Hva lærte vi?</source>
        <translation>How did it go? What did we learn?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="107"/>
        <source>E&amp;valuering:</source>
        <translation>E&amp;valuation:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="108"/>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="110"/>
        <source>Kompetanser tiltaket bygger</source>
        <translation>Competences the measure builds</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="111"/>
        <source>Søk i kompetanser</source>
        <translation>Search competences</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="116"/>
        <source> (gap hos {n})</source>
        <translation> (gap for {n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="120"/>
        <source>K&amp;ompetanser:</source>
        <translation>Co&amp;mpetences:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="121"/>
        <source>Kompetanser</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="122"/>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="127"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="122"/>
        <source>Søk i ansatte</source>
        <translation>Search staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="126"/>
        <source>Deltake&amp;re:</source>
        <translation>Partic&amp;ipants:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="128"/>
        <source>Velg de med &amp;gap</source>
        <translation>Select those with &amp;gaps</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="129"/>
        <source>Kryss av alle med gap i de valgte kompetansene</source>
        <translation>Tick everyone with a gap in the selected competences</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="140"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measure_form.py" line="165"/>
        <source>Kostnaden må være et tall i kroner, for eksempel 12 000.</source>
        <translation>The cost must be a number in kroner, for example 12 000.</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="44"/>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="44"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="44"/>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="44"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="45"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="45"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="45"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="45"/>
        <source>Timer/deltaker</source>
        <translation>Hours each</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="46"/>
        <source>Timer i alt</source>
        <translation>Hours in all</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="46"/>
        <source>Kostnad</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="48"/>
        <source>Tiltak i perioden</source>
        <translation>Measures in the period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="49"/>
        <source>Enter eller dobbeltklikk for å endre</source>
        <translation>Enter or double-click to edit</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="59"/>
        <source>Nytt t&amp;iltak…</source>
        <translation>New &amp;measure…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="59"/>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="117"/>
        <source>Nytt tiltak</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="61"/>
        <source>Endre &amp;tiltak…</source>
        <translation>Edi&amp;t measure…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="61"/>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="109"/>
        <source>Endre tiltak</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="63"/>
        <source>&amp;Marker gjennomført…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="64"/>
        <source>Marker tiltaket som gjennomført og vurder deltakerne på nytt</source>
        <translation>Mark the measure as done and assess the participants again</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="66"/>
        <source>Endre status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="67"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="78"/>
        <source>Slett tiltak…</source>
        <translation>Delete measure…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="78"/>
        <source>Slett tiltak</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="87"/>
        <source>Tiltak ({n})</source>
        <translation>Measures ({n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="152"/>
        <source>Slette tiltak</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="153"/>
        <source>Slette tiltaket «{title}»?</source>
        <translation>Delete the measure “{title}”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="154"/>
        <source>&amp;Slett tiltak</source>
        <translation>&amp;Delete measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/measures_tab.py" line="154"/>
        <source>Du kan angre med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>NewOfficeDialog</name>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="40"/>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="41"/>
        <source>Nytt kontor</source>
        <translation>New office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="47"/>
        <source>Et kontor er én fil. Den nye filen får startkatalogen med kompetanseområder og roller, som du kan endre etterpå.</source>
        <translation>An office is one file. The new file gets the starter catalogue of competence areas and roles, which you can change afterwards.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="52"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="54"/>
        <source>for eksempel NAV Hamar</source>
        <translation>for example NAV Hamar</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="55"/>
        <source>&amp;Kontorets navn:</source>
        <translation>&amp;Name of the office:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="56"/>
        <source>Kontorets navn</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="58"/>
        <source>K&amp;ommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="59"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="61"/>
        <source>F&amp;ylke:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="62"/>
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="67"/>
        <source>&amp;Velg…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="67"/>
        <source>Velg filplassering</source>
        <translation>Choose where the file goes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="71"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="72"/>
        <source>Filplassering</source>
        <translation>File location</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="73"/>
        <source>Filens plassering og navn</source>
        <translation>Location and name of the file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="76"/>
        <source>Opp&amp;rett</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="90"/>
        <source>Lagre det nye kontoret som</source>
        <translation>Save the new office as</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="91"/>
        <source>Kontorfiler (*.kkart)</source>
        <translation>Office files (*.kkart)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="103"/>
        <source>Skriv inn kontorets navn.</source>
        <translation>Enter the name of the office.</translation>
    </message>
</context>
<context>
    <name>NewStaffTab</name>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="38"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="38"/>
        <source>Startet</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="38"/>
        <source>«Ny i NAV» innen</source>
        <translation>“New in NAV” by</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="39"/>
        <source>Påmeldt</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="39"/>
        <source>Fadder</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="39"/>
        <source>Opplæringsplan</source>
        <translation>Training plan</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="40"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="41"/>
        <source>Nyansatte</source>
        <translation>New staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="46"/>
        <source>Mel&amp;d på «Ny i NAV»…</source>
        <translation>En&amp;rol in “New in NAV”…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="47"/>
        <source>Nytt «Ny i NAV»-tiltak for nyansatte</source>
        <translation>New “New in NAV” measure for new staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="49"/>
        <source>Velg &amp;fadder…</source>
        <translation>Choose &amp;buddy…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="50"/>
        <source>Velg fadder for den valgte nyansatte under «Ansatte»</source>
        <translation>Choose a buddy for the selected new employee under “Staff”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="54"/>
        <source>«Ny i NAV» skal være gjennomført innen seks måneder etter startdatoen. Fadder settes på den ansatte under «Ansatte»; opplæringsplanen er den ansattes utviklingsmål.</source>
        <translation>“New in NAV” (the intro course) is due within six months of the start date. The buddy is set on the employee under “Staff”; the training plan is the employee&apos;s development goals.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="64"/>
        <source>Nyansatte ({n})</source>
        <translation>New staff ({n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="77"/>
        <source>«Ny i NAV»</source>
        <translation>“New in NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/new_staff_tab.py" line="78"/>
        <source>Fylkeskontoret</source>
        <translation>County office</translation>
    </message>
</context>
<context>
    <name>OfficeContext</name>
    <message>
        <location filename="../kompetansekart/ui/context.py" line="109"/>
        <source>Endringen ble ikke lagret</source>
        <extracomment>Table names touched by an edit, undo or redo; an empty set means &quot;everything&quot;. An environment failure the user must see (Norwegian message).</extracomment>
        <translation>The change was not saved</translation>
    </message>
</context>
<context>
    <name>OfficeDetailsDialog</name>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="124"/>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="125"/>
        <source>Kontoropplysninger</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="130"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="132"/>
        <source>&amp;Kontorets navn:</source>
        <translation>&amp;Name of the office:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="133"/>
        <source>Kontorets navn</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="135"/>
        <source>K&amp;ommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="136"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="138"/>
        <source>F&amp;ylke:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="139"/>
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="141"/>
        <source>for eksempel Hedmarken (brukes av fylket)</source>
        <translation>for example Hedmarken (used by the county)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="142"/>
        <source>&amp;Region/område:</source>
        <translation>&amp;Region/area:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="143"/>
        <source>Region eller geografisk område</source>
        <translation>Region or geographical area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="145"/>
        <source>Le&amp;der:</source>
        <translation>Office &amp;leader:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="146"/>
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="150"/>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="151"/>
        <source>Vurderinger &amp;utdateres etter:</source>
        <translation>Assessments go out of date &amp;after:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="152"/>
        <source>Vurderinger utdateres etter antall måneder</source>
        <translation>Assessments go out of date after this many months</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office/dialogs.py" line="155"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="214"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="221"/>
        <location filename="../kompetansekart/ui/overview/view.py" line="240"/>
        <source>Oversikt over kontoret</source>
        <translation>Overview of the office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="253"/>
        <source>Største behov</source>
        <translation>Greatest needs</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="254"/>
        <source>Kompetanser der flest mangler opp mot målet for rollene sine.</source>
        <translation>Competences where most people fall short of the target of their roles.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="255"/>
        <source>Ingen mangler opp mot målene.</source>
        <translation>Nobody falls short of the targets.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="258"/>
        <source>Sårbar kompetanse</source>
        <translation>Vulnerable competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="259"/>
        <source>Kontoret trenger dette, men bare én person eller ingen kan det.</source>
        <translation>The office needs this, but only one person or nobody has it.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="260"/>
        <source>Ingen kompetanse hviler på én person.</source>
        <translation>No competence rests on a single person.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="263"/>
        <source>Nye ansatte og «Ny i NAV»</source>
        <translation>New staff and “New in NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="264"/>
        <source>«Ny i NAV» skal være gjennomført innen seks måneder etter start.</source>
        <translation>“New in NAV” (the intro course) is due within six months of starting.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="265"/>
        <source>Ingen nyansatte venter på «Ny i NAV».</source>
        <translation>No new employees are waiting for “New in NAV”.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="268"/>
        <source>Team</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="269"/>
        <source>Ingen team er registrert ennå.</source>
        <translation>No teams have been registered yet.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="271"/>
        <source>Vurderinger som bør fornyes</source>
        <translation>Assessments to renew</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="272"/>
        <source>Siste ledervurdering er eldre enn {n} måneder.</source>
        <translation>The latest leader assessment is older than {n} months.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="274"/>
        <source>Alle vurderinger er ferske.</source>
        <translation>All assessments are recent.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="276"/>
        <source>Uenighet mellom egenvurdering og leder</source>
        <translation>Self-assessment and leader disagree</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="277"/>
        <source>Forskjell på {n} nivåer eller mer: verdt en prat i medarbeidersamtalen.</source>
        <translation>A difference of {n} levels or more: worth a talk in the appraisal interview.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="280"/>
        <source>Egenvurderingene stemmer med ledervurderingene.</source>
        <translation>The self-assessments agree with the leader assessments.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="311"/>
        <source>ansatte</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="312"/>
        <source>+ {n} som har sluttet</source>
        <translation>+ {n} who left</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="313"/>
        <source>team</source>
        <translation>teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="314"/>
        <source>kompetanseområder</source>
        <translation>competence areas</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="315"/>
        <source>av kravene er kartlagt</source>
        <translation>of the requirements assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="316"/>
        <source>{a} av {r} vurdert</source>
        <translation>{a} of {r} assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="318"/>
        <source>sårbare kompetanser</source>
        <translation>vulnerable competences</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="337"/>
        <source>{n} under målet</source>
        <translation>{n} below target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="339"/>
        <source>{n} ikke vurdert</source>
        <translation>{n} not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="342"/>
        <source>mangler {n} nivå</source>
        <translation>{n} levels short</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="351"/>
        <source>ingen kan dette</source>
        <translation>nobody has this</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="352"/>
        <source>Kreves på nivå {level}</source>
        <translation>Required at level {level}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="354"/>
        <source>bare én person kan dette</source>
        <translation>only one person has this</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="355"/>
        <source>{name} — kreves på nivå {level}</source>
        <translation>{name} — required at level {level}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="367"/>
        <source>Startet {start}</source>
        <translation>Started {start}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="370"/>
        <source> · fadder: {name}</source>
        <translation> · buddy: {name}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="371"/>
        <source> · mangler fadder</source>
        <translation> · no buddy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="373"/>
        <source>forfalt {due}</source>
        <translation>overdue {due}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="375"/>
        <source>frist {due}</source>
        <translation>due {due}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="385"/>
        <location filename="../kompetansekart/ui/overview/view.py" line="390"/>
        <source>{n} ansatte</source>
        <translation>{n} staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="389"/>
        <source>Uten team</source>
        <translation>No team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="396"/>
        <source>Sist vurdert {date}</source>
        <translation>Last assessed {date}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="398"/>
        <source>{n} mnd</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="405"/>
        <source>Egenvurdering {own}, leder {leader}</source>
        <translation>Self-assessment {own}, leader {leader}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="407"/>
        <source>vurderer seg høyere</source>
        <translation>rates themselves higher</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="408"/>
        <source>vurderer seg lavere</source>
        <translation>rates themselves lower</translation>
    </message>
</context>
<context>
    <name>PdfButton</name>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="30"/>
        <source>Skriv ut eller lagre PDF</source>
        <translation>Print or save PDF</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="33"/>
        <source>Skriv ut / &amp;Lagre PDF…</source>
        <translation>Print / &amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="34"/>
        <source>Kompetanseplanen for kontoret som PDF</source>
        <translation>The office&apos;s competence plan as PDF</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="36"/>
        <source>&amp;Kompetanseplan for kontoret…</source>
        <translation>&amp;Competence plan for the office…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="38"/>
        <source>Utviklingsplan for valgt &amp;ansatt…</source>
        <translation>Development plan for the selected &amp;employee…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="40"/>
        <source>&amp;Utviklingsplaner for alle ansatte…</source>
        <translation>Development plans for &amp;all staff…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="52"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="73"/>
        <source>Lagre kompetanseplanen som PDF</source>
        <translation>Save the competence plan as PDF</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="87"/>
        <source>Lagre utviklingsplanen som PDF</source>
        <translation>Save the development plan as PDF</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="100"/>
        <source>Lagre alle utviklingsplanene som PDF</source>
        <translation>Save all the development plans as PDF</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/pdf.py" line="112"/>
        <source>PDF-en ble ikke lagret</source>
        <translation>The PDF was not saved</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="130"/>
        <source>Endre planperiode</source>
        <extracomment>The new period&apos;s id (after «OK» on a new period).</extracomment>
        <translation>Edit plan period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="130"/>
        <source>Ny planperiode</source>
        <translation>New plan period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="135"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="137"/>
        <source>(velg selv)</source>
        <translation>(choose your own)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="142"/>
        <source>Forsla&amp;g:</source>
        <translation>Su&amp;ggestion:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="143"/>
        <source>Forslag til periode</source>
        <translation>Suggested period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="145"/>
        <source>for eksempel 2027 eller 1. halvår 2027</source>
        <translation>for example 2027 or first half of 2027</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="146"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="147"/>
        <source>Navn på perioden</source>
        <translation>Name of the period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="149"/>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="153"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="150"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="151"/>
        <source>Periodens første dag</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="154"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="155"/>
        <source>Periodens siste dag</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="158"/>
        <source>Le&amp;der:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="159"/>
        <source>Leder som signerer planen</source>
        <translation>Leader who signs the plan</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="161"/>
        <source>for eksempel mål fra årets styringsbrev</source>
        <translation>for example goals from this year&apos;s letter of allocation</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="163"/>
        <source>N&amp;otat:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="164"/>
        <source>Notat til perioden</source>
        <translation>Note on the period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="167"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="46"/>
        <source>Endre ansatt</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="46"/>
        <source>Ny ansatt</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="54"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="57"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="57"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="59"/>
        <source>for eksempel veileder eller rådgiver</source>
        <translation>for example case worker or adviser</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="60"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="61"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="64"/>
        <source>(uten team)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="68"/>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="68"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="71"/>
        <source>Statlig</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="72"/>
        <source>Kommunal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="75"/>
        <source>&amp;Ansettelse:</source>
        <translation>E&amp;mployment:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="76"/>
        <source>Statlig eller kommunal ansettelse</source>
        <translation>State or municipal employment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="79"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="80"/>
        <source>&amp;Startdato:</source>
        <translation>Start d&amp;ate:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="81"/>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="95"/>
        <source>&amp;Roller:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="96"/>
        <source>Roller (kryss av med mellomrom)</source>
        <translation>Roles (tick with space)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="101"/>
        <source> timer per år</source>
        <translation> hours a year</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="103"/>
        <source>Læringsti&amp;d:</source>
        <translation>Learning &amp;hours:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="117"/>
        <source>«Ny i NAV» f&amp;ullført:</source>
        <translation>“New in NAV” &amp;done:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="104"/>
        <source>Tilgjengelige læringstimer per år</source>
        <translation>Available learning hours a year</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="107"/>
        <source>(ingen fadder)</source>
        <translation>(no buddy)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="112"/>
        <source>&amp;Fadder:</source>
        <translation>&amp;Buddy:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="113"/>
        <source>Fadder for nyansatte</source>
        <translation>Buddy for new staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="116"/>
        <source>dd.mm.åååå (tomt hvis ikke fullført)</source>
        <translation>dd.mm.yyyy (empty if not done)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="118"/>
        <source>Dato da «Ny i NAV» ble fullført</source>
        <translation>Date “New in NAV” was completed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/person_dialog.py" line="122"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="32"/>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="33"/>
        <source>E-læring</source>
        <translation>E-learning</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="34"/>
        <source>«Ny i NAV»</source>
        <translation>“New in NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="35"/>
        <source>Kollegaveiledning</source>
        <translation>Peer mentoring</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="36"/>
        <source>Skulder-ved-skulder</source>
        <translation>Job shadowing</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="37"/>
        <source>Gruppeveiledning</source>
        <translation>Group supervision</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="38"/>
        <source>Lærende møte</source>
        <translation>Learning meeting</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="39"/>
        <source>Kompetanseuke</source>
        <translation>Competence week</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="40"/>
        <source>Fagnettverk</source>
        <translation>Expert network</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="41"/>
        <source>Videreutdanning</source>
        <translation>Further education</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="42"/>
        <source>Fagdag</source>
        <translation>Training day</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="43"/>
        <source>Lederutvikling</source>
        <translation>Leader training</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="44"/>
        <source>Internkompetanse</source>
        <translation>In-house expertise</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="45"/>
        <source>Bestilling til fylket</source>
        <translation>Request to the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="48"/>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="49"/>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="50"/>
        <source>Gjennomført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/models.py" line="51"/>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>PlanRows</name>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="26"/>
        <source>«Ny i NAV» forfalt</source>
        <extracomment>lupdate reads only literal strings in translate()/tr() calls, so each text is spelt out here.</extracomment>
        <translation>“New in NAV” overdue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="27"/>
        <source>ikke meldt på «Ny i NAV»</source>
        <translation>not enrolled in “New in NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="28"/>
        <location filename="../kompetansekart/ui/plan/rows.py" line="33"/>
        <source>mangler fadder</source>
        <translation>no buddy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="29"/>
        <source>mangler opplæringsplan</source>
        <translation>no training plan</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="30"/>
        <source>«Ny i NAV» er planlagt etter fristen</source>
        <translation>“New in NAV” is planned after the due date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="39"/>
        <source>{h} t</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="69"/>
        <source>Deltakere: {names}</source>
        <translation>Participants: {names}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="71"/>
        <source>Evaluering: {text}</source>
        <translation>Evaluation: {text}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="90"/>
        <source>{name} (hele kategorien)</source>
        <translation>{name} (whole category)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="110"/>
        <source>Over budsjett (+{h} t)</source>
        <translation>Over budget (+{h} h)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="131"/>
        <source>1 mål</source>
        <translation>1 goal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="132"/>
        <source>{n} mål</source>
        <translation>{n} goals</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="134"/>
        <source>I rute</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/rows.py" line="197"/>
        <source>Lukket gap: {names}</source>
        <translation>Gap closed: {names}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="63"/>
        <source>Kompetanseplan</source>
        <extracomment>(view key, target) — e.g. to show a person in the staff view.</extracomment>
        <translation>Competence plan</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="70"/>
        <source>Planperiode</source>
        <extracomment>The comparison with the previous period is computed when its tab is shown.</extracomment>
        <translation>Plan period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="72"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="74"/>
        <source>&amp;Ny periode…</source>
        <translation>&amp;New period…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="74"/>
        <source>Ny planperiode</source>
        <translation>New plan period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="76"/>
        <source>&amp;Endre periode…</source>
        <translation>Ed&amp;it period…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="77"/>
        <source>Endre planperioden</source>
        <translation>Edit the plan period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="78"/>
        <source>Slett periode…</source>
        <translation>Delete period…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="79"/>
        <source>Slett planperioden</source>
        <translation>Delete the plan period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="80"/>
        <source>Lag &amp;utkast fra gap…</source>
        <translation>Draft from &amp;gaps…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="81"/>
        <source>Lag utkast til tiltak fra kontorets gap</source>
        <translation>Draft measures from the office&apos;s gaps</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="97"/>
        <source>Sammendrag av perioden</source>
        <translation>Summary of the period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="101"/>
        <source>Deler av planen</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="103"/>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="105"/>
        <source>Prioriteringer</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="107"/>
        <source>Timer per person</source>
        <translation>Hours per person</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="109"/>
        <source>Nyansatte</source>
        <translation>New staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="111"/>
        <source>Utviklingsplaner</source>
        <translation>Development plans</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="113"/>
        <source>Bestillinger til fylket</source>
        <translation>Requests to the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="115"/>
        <source>Effekt</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="123"/>
        <source>&lt;h3&gt;Ingen kompetanseplan ennå&lt;/h3&gt;&lt;p&gt;Lag en planperiode (et år eller et halvår). Deretter kan du prioritere noen få områder, lage et utkast til tiltak fra kontorets gap og skrive ut planen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No competence plan yet&lt;/h3&gt;&lt;p&gt;Create a plan period (a year or half a year). Then you can prioritise a few areas, draft measures from the office&apos;s gaps and print the plan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="130"/>
        <source>Lag første planperiode</source>
        <translation>Create the first plan period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="129"/>
        <source>&amp;Lag første planperiode…</source>
        <translation>Create the first p&amp;lan period…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="169"/>
        <source>{name} ({start}–{end})</source>
        <translation>{name} ({start}–{end})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="217"/>
        <source>Bestillinger til fylket ({n})</source>
        <translation>Requests to the county ({n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="245"/>
        <source>{n} tiltak</source>
        <translation>Measures: {n}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="247"/>
        <source>1 prioritering</source>
        <translation>1 priority</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="248"/>
        <source>{n} prioriteringer</source>
        <translation>{n} priorities</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="251"/>
        <source>1 person over timebudsjettet</source>
        <translation>1 person over their hours budget</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="252"/>
        <source>{n} personer over timebudsjettet</source>
        <translation>{n} people over their hours budget</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="254"/>
        <source>1 nyansatt med forfalt «Ny i NAV»</source>
        <translation>1 new employee with “New in NAV” overdue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="255"/>
        <source>{n} nyansatte med forfalt «Ny i NAV»</source>
        <translation>{n} new employees with “New in NAV” overdue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="246"/>
        <source>{h} timer i alt</source>
        <translation>{h} hours in all</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="261"/>
        <source>Leder: {name}</source>
        <translation>Leader: {name}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="342"/>
        <source>Slette planperiode</source>
        <translation>Delete plan period</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="343"/>
        <source>Slette planperioden «{name}»?</source>
        <translation>Delete the plan period “{name}”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="344"/>
        <source>&amp;Slett periode</source>
        <translation>&amp;Delete period</translation>
    </message>
    <message numerus="yes">
        <location filename="../kompetansekart/ui/plan/view.py" line="345"/>
        <source>Periodens %n tiltak og prioriteringene slettes også. Du kan angre med Ctrl+Z.</source>
        <translation>
            <numerusform>The period&apos;s %n measure and its priorities are deleted too. You can undo with Ctrl+Z.</numerusform>
            <numerusform>The period&apos;s %n measures and its priorities are deleted too. You can undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="363"/>
        <source>Ingen forslag</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/view.py" line="364"/>
        <source>Fant ingen gap uten tiltak i perioden. Alle med gap er allerede med i et tiltak for kompetansen, eller ingen er vurdert under målet sitt.</source>
        <translation>Found no gaps without a measure in the period. Everyone with a gap is already in a measure for the competence, or nobody is assessed below their target.</translation>
    </message>
</context>
<context>
    <name>PrioritiesTab</name>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="37"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="37"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="37"/>
        <source>Gap nå</source>
        <translation>Gap now</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="37"/>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="39"/>
        <source>Prioriteringer</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="46"/>
        <source>Ny prioriter&amp;ing…</source>
        <translation>New p&amp;riority…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="47"/>
        <source>Ny prioritering</source>
        <translation>New priority</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="48"/>
        <source>Endre…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="48"/>
        <source>Endre prioritering</source>
        <translation>Edit priority</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="50"/>
        <source>Flytt &amp;opp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="50"/>
        <source>Flytt prioriteringen opp</source>
        <translation>Move the priority up</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="52"/>
        <source>Flytt ne&amp;d</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="52"/>
        <source>Flytt prioriteringen ned</source>
        <translation>Move the priority down</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="54"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="54"/>
        <source>Slett prioritering</source>
        <translation>Delete priority</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/priorities_tab.py" line="56"/>
        <source>Velg noen få områder for perioden (høyst fem). Utkastet fra gap foreslår tiltak for dem først.</source>
        <translation>Choose a few areas for the period (five at most). The draft from gaps suggests measures for them first.</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="214"/>
        <source>Endre prioritering</source>
        <translation>Edit priority</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="214"/>
        <source>Ny prioritering</source>
        <translation>New priority</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="221"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="225"/>
        <source>Kompetanse&amp;område</source>
        <translation>Competence &amp;area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="233"/>
        <source>Gjelder:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="238"/>
        <source> (gap {n})</source>
        <translation> (gap {n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="226"/>
        <source>Hel k&amp;ategori</source>
        <translation>Whole ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="244"/>
        <source>Ko&amp;mpetanse:</source>
        <translation>Co&amp;mpetence:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="245"/>
        <source>Kompetanseområde</source>
        <translation>Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="246"/>
        <source>Kat&amp;egori:</source>
        <translation>Cat&amp;egory:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="247"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="249"/>
        <source>Hvorfor: for eksempel et mål i årets styringsbrev</source>
        <translation>Why: for example a goal in this year&apos;s letter of allocation</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="252"/>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="253"/>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="265"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>RegionWindow</name>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="239"/>
        <source>Regional oversikt – Kompetansekart</source>
        <translation>Regional overview – Kompetansekart</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="253"/>
        <source>&lt;h2&gt;Regional oversikt&lt;/h2&gt;&lt;p&gt;Åpne oppsummeringer (.kkdel) eller hele kontorfiler (.kkart) fra kontorene — flere filer, en hel mappe, eller dra filene hit.&lt;/p&gt;&lt;p&gt;Du får se behov og dekning per kontor, felles behov i hvert område, bestillingene og forslag til felles regionale tiltak. Filer som ikke kan brukes, listes med årsak.&lt;/p&gt;</source>
        <extracomment>Replaced in tests so no native dialog opens.</extracomment>
        <translation>&lt;h2&gt;Regional overview&lt;/h2&gt;&lt;p&gt;Open summaries (.kkdel) or whole office files (.kkart) from the offices — several files, a whole folder, or drag the files here.&lt;/p&gt;&lt;p&gt;You see needs and coverage per office, shared needs in each area, the requests and suggestions for joint regional measures. Files that cannot be used are listed with the reason.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="267"/>
        <source>Status for lastede filer</source>
        <translation>Status of the loaded files</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="273"/>
        <source>Behov per kontor</source>
        <translation>Needs per office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="274"/>
        <source>Dekning per kontor</source>
        <translation>Coverage per office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="275"/>
        <source>Behov</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="276"/>
        <source>Dekning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="277"/>
        <location filename="../kompetansekart/ui/region/window.py" line="280"/>
        <source>Felles behov</source>
        <translation>Shared needs</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="278"/>
        <location filename="../kompetansekart/ui/region/window.py" line="282"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="278"/>
        <location filename="../kompetansekart/ui/region/window.py" line="282"/>
        <location filename="../kompetansekart/ui/region/window.py" line="289"/>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="278"/>
        <location filename="../kompetansekart/ui/region/window.py" line="436"/>
        <source>Kontorer</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="278"/>
        <location filename="../kompetansekart/ui/region/window.py" line="283"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="279"/>
        <source>Sårbar hos</source>
        <translation>Vulnerable at</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="279"/>
        <location filename="../kompetansekart/ui/region/window.py" line="281"/>
        <location filename="../kompetansekart/ui/region/window.py" line="284"/>
        <source>Bestillinger</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="282"/>
        <source>Kontor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="282"/>
        <source>Bestilling</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="283"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="286"/>
        <location filename="../kompetansekart/ui/region/window.py" line="287"/>
        <source>Forslag til felles tiltak</source>
        <translation>Suggested joint measures</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="288"/>
        <source>Kompetanser som ikke samsvarer</source>
        <translation>Competences that do not match</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="289"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="289"/>
        <source>Finnes hos</source>
        <translation>Found at</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="290"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="291"/>
        <source>Ikke samsvarende kompetanser</source>
        <translation>Non-matching competences</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="293"/>
        <location filename="../kompetansekart/ui/region/window.py" line="295"/>
        <source>Avviste filer</source>
        <translation>Refused files</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="296"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="296"/>
        <source>Hvorfor den ikke er med</source>
        <translation>Why it is left out</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="306"/>
        <source>Regional oversikt</source>
        <translation>Regional overview</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="310"/>
        <source>Åpne &amp;filer…</source>
        <translation>Open &amp;files…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="313"/>
        <source>Åpne &amp;mappe…</source>
        <translation>Open fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="315"/>
        <source>&amp;Tøm</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="317"/>
        <source>Lag regional &amp;rapport (PDF)…</source>
        <translation>Regional &amp;report (PDF)…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="331"/>
        <source>1–2 / skjult («&lt;3»)</source>
        <translation>1–2 / hidden (“&lt;3”)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="333"/>
        <source>8 eller flere</source>
        <translation>8 or more</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="334"/>
        <source>Personer med gap (vurdert under målet).</source>
        <translation>People with a gap (assessed below target).</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="336"/>
        <source>under 25 %</source>
        <translation>under 25%</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="340"/>
        <source>90 % eller mer</source>
        <translation>90% or more</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="341"/>
        <source>ingen mål</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="342"/>
        <source>? usikkert</source>
        <translation>? uncertain</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="343"/>
        <source>Andel med mål som når målet.</source>
        <translation>Share of those with a target who meet it.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="347"/>
        <source>* kan ikke sammenlignes med andre kontorer</source>
        <translation>* cannot be compared with other offices</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="401"/>
        <source>{offices} kontorer i {areas} områder, {columns} kompetanseområder. {refused} filer avvist.</source>
        <translation>{offices} offices in {areas} areas, {columns} competence areas. {refused} files refused.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="417"/>
        <source>Avviste filer ({n})</source>
        <translation>Refused files ({n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="422"/>
        <source>Felles behov ({n})</source>
        <translation>Shared needs ({n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="422"/>
        <source>Bestillinger ({n})</source>
        <translation>Requests ({n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="423"/>
        <source>Forslag til felles tiltak ({n})</source>
        <translation>Suggested joint measures ({n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="424"/>
        <source>Ikke samsvarende kompetanser ({n})</source>
        <translation>Non-matching competences ({n})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="431"/>
        <source>Ingen forslag: ingen kompetanse mangler i flere kontorer.</source>
        <translation>No suggestions: no competence is lacking in several offices.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="433"/>
        <source>Forslag der flere kontorer har samme gap, sortert etter hvor mange kontorer og personer det gjelder.</source>
        <translation>Suggestions where several offices share the same gap, sorted by how many offices and people it concerns.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="436"/>
        <source>Forslag</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="455"/>
        <source>Åpne filer fra kontorene</source>
        <translation>Open files from the offices</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="456"/>
        <source>Oppsummeringer og kontorfiler (*.kkdel *.kkart);;Alle filer (*)</source>
        <translation>Summaries and office files (*.kkdel *.kkart);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="463"/>
        <source>Åpne en mappe med filer fra kontorene</source>
        <translation>Open a folder of files from the offices</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="473"/>
        <source>Lag regional rapport</source>
        <translation>Create regional report</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="474"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="489"/>
        <source>Regional rapport</source>
        <translation>Regional report</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region/window.py" line="491"/>
        <source>Skrev {path}</source>
        <translation>Wrote {path}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="374"/>
        <source>Endre bestilling til fylket</source>
        <translation>Edit request to the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="375"/>
        <source>Ny bestilling til fylket</source>
        <translation>New request to the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="381"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="383"/>
        <source>(ikke ett bestemt område)</source>
        <translation>(no particular area)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="387"/>
        <source>&amp;Kompetanse:</source>
        <translation>&amp;Competence:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="388"/>
        <source>Kompetanseområde</source>
        <translation>Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="390"/>
        <source>Hva ber kontoret fylket om?</source>
        <translation>What is the office asking the county for?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="392"/>
        <source>&amp;Bestilling:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="393"/>
        <source>Bestilling</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="397"/>
        <source>&amp;Antall personer:</source>
        <translation>&amp;Number of people:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="398"/>
        <source>Antall personer</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/dialogs.py" line="401"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="31"/>
        <source>Kompetanse</source>
        <extracomment>The period new requests are added to (None: no period yet).</extracomment>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="31"/>
        <source>Bestilling</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="31"/>
        <source>Antall</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="32"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="34"/>
        <source>Bestillinger til fylket</source>
        <translation>Requests to the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="41"/>
        <source>Ny &amp;bestilling…</source>
        <translation>New re&amp;quest…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="42"/>
        <source>Ny bestilling til fylket</source>
        <translation>New request to the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="44"/>
        <source>Endre…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="44"/>
        <source>Endre bestilling</source>
        <translation>Edit request</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="46"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="46"/>
        <source>Slett bestilling</source>
        <translation>Delete request</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan/requests_tab.py" line="48"/>
        <source>Behov kontoret ikke kan dekke selv. Bestillingene følger med i sammendraget som deles med fylket (uten navn).</source>
        <translation>Needs the office cannot cover itself. The requests go with the summary shared with the county (without names).</translation>
    </message>
</context>
<context>
    <name>RequirementsModel</name>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="87"/>
        <source>Kompetanseområde</source>
        <translation>Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="87"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="87"/>
        <source>Målnivå</source>
        <translation>Target level</translation>
    </message>
</context>
<context>
    <name>RolesView</name>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="224"/>
        <location filename="../kompetansekart/ui/roles/view.py" line="228"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="229"/>
        <source>Rollene på kontoret med antall personer som har dem</source>
        <translation>The roles of the office with how many people hold each</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="234"/>
        <source>&amp;Ny rolle…</source>
        <translation>&amp;New role…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="234"/>
        <location filename="../kompetansekart/ui/roles/view.py" line="527"/>
        <source>Ny rolle</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="236"/>
        <source>Sl&amp;ett rolle…</source>
        <translation>Delete ro&amp;le…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="237"/>
        <source>Slett rolle</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="242"/>
        <source>R&amp;oller:</source>
        <translation>R&amp;oles:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="252"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="255"/>
        <source>N&amp;avn:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="256"/>
        <source>Rollens navn</source>
        <translation>Name of the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="260"/>
        <source>Hva har rollen ansvar for? Hvem gjør hva, og hvor mye tid har rollen?</source>
        <translation>What is the role responsible for? Who does what, and how much time does the role have?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="262"/>
        <source>&amp;Mandat:</source>
        <translation>Man&amp;date:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="263"/>
        <source>Rollens mandat</source>
        <translation>Mandate of the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="266"/>
        <source>Personer med rollen</source>
        <translation>People with the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="267"/>
        <source>Har rollen:</source>
        <translation>Held by:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="273"/>
        <source>Kompetanser rollen krever</source>
        <translation>Competences the role requires</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="274"/>
        <source>Skriv 0–4 for målnivå, Delete fjerner kravet</source>
        <translation>Type 0–4 for the target level, Delete removes the requirement</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="293"/>
        <source>Vis &amp;bare kompetanser rollen krever</source>
        <translation>Show onl&amp;y competences the role requires</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="294"/>
        <source>Vis bare kompetanser rollen krever</source>
        <translation>Show only competences the role requires</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="296"/>
        <source>&amp;Kompetanser og målnivå:</source>
        <translation>Com&amp;petences and target levels:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="298"/>
        <source>Skriv et tall 0–4 i en rad for å sette målnivået, Delete fjerner kravet.</source>
        <translation>Type a number 0–4 in a row to set the target level; Delete removes the requirement.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="304"/>
        <source>&amp;Lagre rollen</source>
        <translation>&amp;Save the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="304"/>
        <source>Lagre rollen</source>
        <translation>Save the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="306"/>
        <source>Forkas&amp;t endringer</source>
        <translation>Disc&amp;ard changes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="307"/>
        <source>Forkast endringene i skjemaet</source>
        <translation>Discard the changes in the form</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="313"/>
        <source>Lagringsstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="390"/>
        <source>Ingen rolle er valgt.</source>
        <translation>No role is selected.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="392"/>
        <source>Endringer som ikke er lagret.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="395"/>
        <source>Lagret. Rollen krever {n} kompetanser.</source>
        <translation>Saved. The role requires {n} competences.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="418"/>
        <source>ingen ennå</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="527"/>
        <source>&amp;Rollens navn:</source>
        <translation>&amp;Name of the role:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="528"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="543"/>
        <source>Slette rolle</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="544"/>
        <source>Slette rollen «{name}»?</source>
        <translation>Delete the role “{name}”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="545"/>
        <source>&amp;Slett rolle</source>
        <translation>&amp;Delete role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles/view.py" line="546"/>
        <source>{n} personer har rollen. De beholder sine andre roller, men målnivåene som kom fra denne rollen forsvinner. Vurderingene beholdes. Du kan angre med Ctrl+Z.</source>
        <translation>{n} people hold the role. They keep their other roles, but the target levels that came from this role go away. Assessments are kept. You can undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="223"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="223"/>
        <source>Tekst</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue/view.py" line="223"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="161"/>
        <source>Vis alle {n}</source>
        <translation>Show all {n}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview/view.py" line="162"/>
        <source>Vis alle i {title}</source>
        <translation>Show all in {title}</translation>
    </message>
</context>
<context>
    <name>SharingView</name>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="337"/>
        <source>&lt;h2&gt;Deling med fylket&lt;/h2&gt;</source>
        <extracomment>Replaced in tests so no native dialog opens.</extracomment>
        <translation>&lt;h2&gt;Sharing with the county&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="339"/>
        <source>Send fylket en anonym oppsummering av kontorets kompetanse, behov, tiltak og bestillinger, eller — når fylket trenger det — hele kontorfilen. Alt som sendes, står i delingsloggen.</source>
        <translation>Send the county an anonymous summary of the office&apos;s competence, needs, measures and requests, or — when the county needs it — the whole office file. Everything sent is listed in the sharing log.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="359"/>
        <source>Anonym oppsummering (.kkdel)</source>
        <translation>Anonymous summary (.kkdel)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="362"/>
        <source>Antall ansatte på hvert nivå per kompetanseområde, hvor mange som når målet og har gap, sårbare områder, planens prioriteringer og tiltak (uten navn) og bestillingene. Ingen navn, ingen notater. Du ser nøyaktig hva som sendes før filen lagres.</source>
        <translation>The number of staff at each level per competence area, how many meet the target and have gaps, vulnerable areas, the plan&apos;s priorities and measures (without names) and the requests. No names, no notes. You see exactly what is sent before the file is saved.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="369"/>
        <source>Skjul tall &amp;under:</source>
        <translation>Hide numbers &amp;below:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="372"/>
        <source>Grense for små tall</source>
        <translation>Limit for small numbers</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="373"/>
        <source>Tall fra 1 til denne grensen minus én vises som «&lt;grense» i oppsummeringen.</source>
        <translation>Numbers from 1 up to this limit minus one are shown as “&lt;limit” in the summary.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="384"/>
        <source>Forhåndsvis og lagre oppsummering</source>
        <translation>Preview and save summary</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="391"/>
        <source>Hele kontorfilen (.kkart)</source>
        <translation>The whole office file (.kkart)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="394"/>
        <source>&lt;b&gt;Obs! Hele filen inneholder navn og vurderinger.&lt;/b&gt; Den har navnene på alle ansatte, alle vurderinger med notater, individuelle mål og utviklingsplaner. Send den bare når fylket trenger den, og bare på en sikker måte (ikke som vanlig e-post).</source>
        <translation>&lt;b&gt;Note: the whole file contains names and assessments.&lt;/b&gt; It has the names of all staff, all assessments with notes, individual targets and development plans. Send it only when the county needs it, and only in a secure way (not as ordinary email).</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="400"/>
        <source>Advarsel om hele kontorfilen</source>
        <translation>Warning about the whole office file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="403"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="554"/>
        <source>Lagre full kopi for fylket</source>
        <translation>Save a full copy for the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="409"/>
        <source>Kompetansekatalog fra fylket</source>
        <translation>Competence catalogue from the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="412"/>
        <source>Importer fylkets standardkatalog og rollemaler. Nye områder legges til; endringer i områder kontoret har fra før, gjøres bare når du godtar dem. Kontorets egne områder beholdes.</source>
        <translation>Import the county&apos;s standard catalogue and role templates. New areas are added; changes to areas the office already has are made only when you accept them. The office&apos;s own areas are kept.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="418"/>
        <source>&amp;Importer katalog…</source>
        <translation>&amp;Import catalogue…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="420"/>
        <source>&amp;Eksporter katalog…</source>
        <translation>E&amp;xport catalogue…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="421"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="608"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="615"/>
        <source>Eksporter katalog</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="422"/>
        <source>For fylket: lagre denne filens katalog og roller som katalogfil.</source>
        <translation>For the county: save this file&apos;s catalogue and roles as a catalogue file.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="431"/>
        <source>Bestillinger til fylket</source>
        <translation>Requests to the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="383"/>
        <source>F&amp;orhåndsvis og lagre oppsummering…</source>
        <translation>&amp;Preview and save summary…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="402"/>
        <source>Lagre full &amp;kopi for fylket…</source>
        <translation>Save a f&amp;ull copy for the county…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="440"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="444"/>
        <source>Delingslogg</source>
        <translation>Sharing log</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="442"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="442"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="442"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="443"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="467"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="520"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="538"/>
        <source>Anonym oppsummering</source>
        <translation>Anonymous summary</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="468"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="548"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="566"/>
        <source>Hele kontorfilen</source>
        <translation>The whole office file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="469"/>
        <source>Kompetansekatalog</source>
        <translation>Competence catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="470"/>
        <source>Persondata (innsyn)</source>
        <translation>Personal data (access request)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="488"/>
        <source>tall fra 1 til {small} vises som «&lt;{k}»</source>
        <translation>numbers from 1 to {small} are shown as “&lt;{k}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="502"/>
        <source>Deling med fylket</source>
        <translation>Sharing with the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="526"/>
        <source>Lagre anonym oppsummering</source>
        <translation>Save anonymous summary</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="527"/>
        <source>Oppsummering til fylket (*.kkdel)</source>
        <translation>Summary for the county (*.kkdel)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="549"/>
        <source>Hele kontorfilen inneholder navn og vurderinger.</source>
        <translation>The whole office file contains names and assessments.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="550"/>
        <source>&amp;Lagre full kopi</source>
        <translation>&amp;Save full copy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="555"/>
        <source>Kontorfil (*.kkart)</source>
        <translation>Office file (*.kkart)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="576"/>
        <source>Importer katalog fra fylket</source>
        <translation>Import catalogue from the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="577"/>
        <source>Katalogfil (*.json);;Alle filer (*)</source>
        <translation>Catalogue file (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="589"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="599"/>
        <source>Importer katalog</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="609"/>
        <source>Katalogfil (*.json)</source>
        <translation>Catalogue file (*.json)</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../kompetansekart/ui/common/labels.py" line="11"/>
        <source>Leder</source>
        <extracomment>domain.models.SOURCE_LABELS spelled out for lupdate, which cannot read the domain&apos;s dict.</extracomment>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/common/labels.py" line="11"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/common/labels.py" line="12"/>
        <source>Egenvurdering</source>
        <translation>Self-assessment</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="89"/>
        <source>Navn</source>
        <extracomment>Team filter value for «people without a team». Tables whose change alters what the staff list shows.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="89"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="89"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="90"/>
        <source>Ansettelse</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="90"/>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="90"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="91"/>
        <source>Timer/år</source>
        <translation>Hours/year</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="91"/>
        <source>Fadder</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="91"/>
        <source>«Ny i NAV»</source>
        <translation>“New in NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="105"/>
        <source>fullført {d}</source>
        <translation>done {d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="109"/>
        <source>forfalt {d}</source>
        <translation>overdue {d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="109"/>
        <source>frist {d}</source>
        <translation>due {d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="117"/>
        <source>Kommunal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="118"/>
        <source>Statlig</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="156"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="157"/>
        <source>Sluttet {d}</source>
        <translation>Left {d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="158"/>
        <source>Sluttet</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="247"/>
        <location filename="../kompetansekart/ui/staff/view.py" line="295"/>
        <source>Ansatte</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="254"/>
        <source>Søk i ansatte</source>
        <translation>Search staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="255"/>
        <source>Søk på navn, tittel, team eller rolle</source>
        <translation>Search by name, title, team or role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="256"/>
        <source>Navn, tittel, team eller rolle</source>
        <translation>Name, title, team or role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="260"/>
        <source>Sø&amp;k:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="262"/>
        <source>Vis team</source>
        <translation>Show team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="264"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="266"/>
        <source>Vis s&amp;luttede</source>
        <translation>Show &amp;left</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="267"/>
        <source>Vis ansatte som har sluttet</source>
        <translation>Show staff who have left</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="270"/>
        <source>&amp;Ny ansatt…</source>
        <translation>&amp;New employee…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="270"/>
        <source>Ny ansatt</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="272"/>
        <source>&amp;Endre…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="272"/>
        <source>Endre ansatt</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="274"/>
        <location filename="../kompetansekart/ui/staff/view.py" line="459"/>
        <source>Marker som sl&amp;uttet</source>
        <translation>Mar&amp;k as left</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="275"/>
        <source>Marker som sluttet eller aktiv</source>
        <translation>Mark as left or active</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="277"/>
        <source>&amp;Slett…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="278"/>
        <source>Slett ansatt med all historikk</source>
        <translation>Delete employee with all history</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="280"/>
        <source>Eksporter &amp;persondata…</source>
        <translation>Export &amp;personal data…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="281"/>
        <source>Eksporter alt som er registrert om personen</source>
        <translation>Export everything stored about the person</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="296"/>
        <source>Enter eller dobbeltklikk for å endre, Delete for å slette</source>
        <translation>Enter or double-click to edit, Delete to delete</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="333"/>
        <source>Antall ansatte som vises</source>
        <translation>Number of staff shown</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="342"/>
        <location filename="../kompetansekart/ui/staff/view.py" line="343"/>
        <location filename="../kompetansekart/ui/staff/view.py" line="345"/>
        <source>Team</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="346"/>
        <source>Teamene på kontoret med antall aktive ansatte</source>
        <translation>The teams of the office with their number of active staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="355"/>
        <source>Nytt tea&amp;m…</source>
        <translation>Ne&amp;w team…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="355"/>
        <location filename="../kompetansekart/ui/staff/view.py" line="599"/>
        <source>Nytt team</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="357"/>
        <source>&amp;Gi nytt navn…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="358"/>
        <location filename="../kompetansekart/ui/staff/view.py" line="609"/>
        <source>Gi teamet nytt navn</source>
        <translation>Rename the team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="360"/>
        <source>Slett te&amp;am…</source>
        <translation>Delete te&amp;am…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="361"/>
        <source>Slett team</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="423"/>
        <source>Alle team</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="426"/>
        <source>Uten team</source>
        <translation>No team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="447"/>
        <source>Viser {shown} av {total} ansatte</source>
        <translation>Showing {shown} of {total} staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="449"/>
        <source> (og {n} som har sluttet)</source>
        <translation> (and {n} who have left)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="450"/>
        <source> ({n} som har sluttet er skjult)</source>
        <translation> ({n} who have left are hidden)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="458"/>
        <source>Marker som akt&amp;iv</source>
        <translation>Mar&amp;k as active</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="547"/>
        <source>{a} vurderinger, {m} deltakelser i tiltak og {g} utviklingsmål</source>
        <translation>{a} assessments, {m} places in measures and {g} development goals</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="556"/>
        <source>Slette ansatt</source>
        <translation>Delete employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="557"/>
        <source>Slette «{name}» og all historikken?</source>
        <translation>Delete “{name}” and all the history?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="558"/>
        <source>&amp;Slett med historikk</source>
        <translation>&amp;Delete with history</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="559"/>
        <source>Alt som er registrert om personen slettes: {what}. Vil du beholde historikken, velg heller «Marker som sluttet». Du kan angre med Ctrl+Z.</source>
        <translation>Everything recorded about the person is deleted: {what}. To keep the history, choose “Mark as left” instead. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="571"/>
        <source>Eksportere persondata</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="572"/>
        <source>Lagre alt som er registrert om «{name}» i en fil?</source>
        <translation>Save everything stored about “{name}” to a file?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="574"/>
        <source>&amp;Velg fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="575"/>
        <source>Filen inneholder navn, alle vurderinger med notater, mål og tiltak. Gi den bare til personen selv, og på en sikker måte.</source>
        <translation>The file contains names, all assessments with notes, targets and measures. Give it only to the person themselves, and in a secure way.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="578"/>
        <source>Lagre persondata</source>
        <translation>Save personal data</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="580"/>
        <source>JSON-fil (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="589"/>
        <source>Persondata ble ikke lagret</source>
        <translation>Personal data was not saved</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="599"/>
        <location filename="../kompetansekart/ui/staff/view.py" line="609"/>
        <source>&amp;Teamets navn:</source>
        <translation>&amp;Name of the team:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="601"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="619"/>
        <source>Slette team</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="620"/>
        <source>Slette teamet «{name}»?</source>
        <translation>Delete the team “{name}”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="621"/>
        <source>&amp;Slett team</source>
        <translation>&amp;Delete team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff/view.py" line="622"/>
        <source>{n} ansatte blir stående uten team. Ingen ansatte eller vurderinger slettes.</source>
        <translation>{n} staff are left without a team. No staff or assessments are deleted.</translation>
    </message>
</context>
<context>
    <name>SummaryPreviewDialog</name>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="123"/>
        <source>Forhåndsvisning av anonym oppsummering</source>
        <extracomment>Tables whose change redraws the view. Asks for a file to save: (parent, title, suggested path, filter) -&gt; chosen path or &quot;&quot;. Asks for a file to open: (parent, title, filter) -&gt; chosen path or &quot;&quot;.</extracomment>
        <translation>Preview of the anonymous summary</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="130"/>
        <source>Dette er alt som sendes til fylket. Oppsummeringen har ingen navn, ingen person-ID-er og ingen notater. Tall fra 1 til {small} vises som «&lt;{k}», og noen flere tall er skjult («&lt;{k}» eller «x») slik at et skjult tall ikke kan regnes ut fra summene.</source>
        <translation>This is everything sent to the county. The summary has no names, no person IDs and no notes. Numbers from 1 to {small} are shown as “&lt;{k}”, and a few more numbers are hidden (“&lt;{k}” or “x”) so that a hidden number cannot be worked out from the totals.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="138"/>
        <source>Oppsummeringen slik fylket ser den</source>
        <translation>The summary as the county sees it</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="144"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="146"/>
        <source>Nøyaktig filinnhold</source>
        <translation>Exact file content</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="145"/>
        <source>Slik fylket ser den</source>
        <translation>As the county sees it</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="148"/>
        <source>&amp;Lagre…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="172"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="173"/>
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="174"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="175"/>
        <source>Ansatte</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="176"/>
        <source>Laget</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="178"/>
        <source>Kompetanse per område</source>
        <translation>Competence per area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="182"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="182"/>
        <source>Ikke vurdert</source>
        <translation>Unassessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="183"/>
        <source>Med mål</source>
        <translation>Has target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="183"/>
        <source>Når målet</source>
        <translation>At target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="183"/>
        <source>Med gap</source>
        <translation>Has gap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="184"/>
        <source>Ukjent gap</source>
        <translation>Unknown gap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="184"/>
        <source>Krav</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="184"/>
        <source>Sårbar</source>
        <translation>Vulnerable</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="189"/>
        <source>Holdt tilbake for å verne små tall</source>
        <translation>Withheld to protect small numbers</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="202"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="202"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="202"/>
        <source>skjult</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="209"/>
        <source>Nivåer</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="210"/>
        <source>«x»: skjult for å verne et annet tall (minst k).</source>
        <translation>“x”: hidden to protect another number (at least k).</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="213"/>
        <source>Planlagte tiltak (uten deltakernes navn)</source>
        <translation>Planned measures (without the participants&apos; names)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="216"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="216"/>
        <location filename="../kompetansekart/ui/sharing/view.py" line="234"/>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="217"/>
        <source>Timer per deltaker</source>
        <translation>Hours per participant</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="217"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="218"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="218"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="230"/>
        <source>Ingen tiltak i gjeldende plan.</source>
        <translation>No measures in the current plan.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="231"/>
        <source>Bestillinger til fylket</source>
        <translation>Requests to the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="234"/>
        <source>Bestilling</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="235"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing/view.py" line="242"/>
        <source>Ingen bestillinger.</source>
        <translation>No requests.</translation>
    </message>
</context>
<context>
    <name>TeachModel</name>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="277"/>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="277"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="277"/>
        <source>Vurdert</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="278"/>
        <source>Kan hjelpe</source>
        <translation>Can help</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="295"/>
        <source>utdatert</source>
        <translation>out of date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="297"/>
        <source>1 kollega</source>
        <translation>1 colleague</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="298"/>
        <source>%1 kolleger</source>
        <translation>%1 colleagues</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts/view.py" line="302"/>
        <source>Kolleger som mangler nivået rollen krever, eller som ikke er vurdert ennå.</source>
        <translation>Colleagues below the level their role requires, or not assessed yet.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="50"/>
        <source>Oversikt</source>
        <extracomment>The view titles of ui/views.py spelled out, so lupdate (which cannot follow the helper there) puts them in the translation file under the context they are translated with.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="50"/>
        <source>Ansatte</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="51"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="51"/>
        <source>Kompetansekatalog</source>
        <translation>Competence catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="52"/>
        <source>Kartlegging</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="52"/>
        <source>Hvem kan hva</source>
        <translation>Who knows what</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="53"/>
        <source>Varmekart</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="53"/>
        <source>Kompetanseplan</source>
        <translation>Competence plan</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="54"/>
        <source>Deling med fylket</source>
        <translation>Sharing with the county</translation>
    </message>
</context>
</TS>
