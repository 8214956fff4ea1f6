<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1123"/>
        <source>Vurder {person} i {competence}</source>
        <extracomment>Button id of «ikke vurdert» (negative ids are Qt&apos;s «assign one for me»).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1141"/>
        <source>Ikke vurdert (trekk tilbake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1150"/>
        <source>Nivå:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1152"/>
        <source>Leder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1152"/>
        <source>Koordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1153"/>
        <source>Egenvurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1155"/>
        <source>Vurdert av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1155"/>
        <source>Vurdert av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1160"/>
        <source>Dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1160"/>
        <source>Vurderingsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1162"/>
        <source>Notat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1162"/>
        <source>Notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1164"/>
        <source>Feilmelding</source>
        <translation type="unfinished">Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1169"/>
        <source>Åpne i &amp;Kartlegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1170"/>
        <source>Åpne i Kartlegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1171"/>
        <source>Vis personen og kompetanseområdet i kartleggingen med hele historikken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1173"/>
        <source>&amp;Lagre</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1174"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1177"/>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1178"/>
        <source>Avbryt</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1190"/>
        <source>Nå: ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1192"/>
        <source>Nå: {level} {label} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1195"/>
        <source>Egenvurdering: {level} {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1197"/>
        <source>Mål: {level} {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1198"/>
        <source>Mål: ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1223"/>
        <source>Velg et nivå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="271"/>
        <source>Importer katalog «{name}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="275"/>
        <source>&lt;b&gt;Legges til ({n}):&lt;/b&gt; {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="281"/>
        <source>&lt;b&gt;Endringer fra fylket ({n})&lt;/b&gt; — kryss av det kontoret godtar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="284"/>
        <source>Endringer fra fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="294"/>
        <source>Godta &amp;alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="296"/>
        <source>&amp;Ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="303"/>
        <source>&lt;b&gt;Kan ikke importeres:&lt;/b&gt; {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="307"/>
        <source>&lt;b&gt;Kontorets egne beholdes ({n}):&lt;/b&gt; {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="311"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="110"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="110"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="110"/>
        <source>Vurderinger</source>
        <translation>Assessments</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="290"/>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="297"/>
        <source>Kompetansekatalog</source>
        <translation>Competence catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="298"/>
        <source>Kategorier med kompetanseområder</source>
        <translation>Categories with competence areas</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="313"/>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="638"/>
        <source>Ny kategori</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="315"/>
        <source>Nytt &amp;område…</source>
        <translation>New &amp;area…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="316"/>
        <source>Nytt kompetanseområde</source>
        <translation>New competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="318"/>
        <source>Sl&amp;ett…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="319"/>
        <source>Slett valgt kategori eller kompetanseområde</source>
        <translation>Delete the selected category or competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="332"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="337"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="337"/>
        <source>Lagre endringene</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="340"/>
        <source>Forkast endringene i skjemaet</source>
        <translation>Discard the changes in the form</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="345"/>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="489"/>
        <source>Valgt</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="356"/>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="370"/>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="357"/>
        <source>Tekstene for nivå 0–4; F2 eller dobbeltklikk for å endre</source>
        <translation>The labels of levels 0–4; F2 or double-click to edit</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="368"/>
        <source>Feil i skalaen</source>
        <translation>Error in the scale</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="411"/>
        <source>Velg en kategori eller et kompetanseområde i treet.</source>
        <translation>Choose a category or a competence area in the tree.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="420"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="421"/>
        <source>Kategoriens navn</source>
        <translation>Name of the category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="424"/>
        <source>Om kategorien</source>
        <translation>About the category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="312"/>
        <source>Ny kate&amp;gori…</source>
        <translation>New cate&amp;gory…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="339"/>
        <source>Forka&amp;st endringer</source>
        <translation>Disca&amp;rd changes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="433"/>
        <source>N&amp;avn:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="434"/>
        <source>Kompetanseområdets navn</source>
        <translation>Name of the competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="436"/>
        <source>&amp;Kategori:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="437"/>
        <source>Kategori (flytt hit)</source>
        <translation>Category (move here)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="441"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="442"/>
        <source>Kunnskap, ferdighet eller holdning</source>
        <translation>Knowledge, skill or attitude</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="446"/>
        <source>Hva betyr det å kunne dette på kontoret?</source>
        <translation>What does mastering this mean at the office?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="447"/>
        <source>&amp;Beskrivelse:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="448"/>
        <source>Beskrivelse av kompetanseområdet</source>
        <translation>Description of the competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="451"/>
        <source>Om kompetanseområdet</source>
        <translation>About the competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="467"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="471"/>
        <source>{n} kompetanseområder med til sammen {h} vurderinger.</source>
        <translation>{n} competence areas with {h} assessments in all.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="474"/>
        <source>Kompetanseområde</source>
        <translation>Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="484"/>
        <source>ingen roller</source>
        <translation>no roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="486"/>
        <source>{h} vurderinger i historikken. Kreves av: {roles}.</source>
        <translation>{h} assessments in the history. Required by: {roles}.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="638"/>
        <source>&amp;Kategoriens navn:</source>
        <translation>&amp;Name of the category:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="639"/>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="661"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="659"/>
        <source>Nytt kompetanseområde i «{category}»</source>
        <translation>New competence area in “{category}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="660"/>
        <source>&amp;Navn på kompetanseområdet:</source>
        <translation>&amp;Name of the competence area:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="675"/>
        <source>Slette kategori</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="676"/>
        <source>Slette kategorien «{name}» med {n} kompetanseområder?</source>
        <translation>Delete the category “{name}” with {n} competence areas?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="679"/>
        <source>{h} vurderinger i historikken slettes også, sammen med målnivåene rollene har for disse områdene. Du kan angre med Ctrl+Z.</source>
        <translation>{h} assessments in the history are deleted too, together with the target levels the roles have for these areas. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="683"/>
        <source>Slette kompetanseområde</source>
        <translation>Delete competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="684"/>
        <source>Slette kompetanseområdet «{name}»?</source>
        <translation>Delete the competence area “{name}”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="687"/>
        <source>{h} vurderinger i historikken slettes også, og kravet fjernes fra {r} roller. Du kan angre med Ctrl+Z.</source>
        <translation>{h} assessments in the history are deleted too, and the requirement is removed from {r} roles. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="689"/>
        <source>&amp;Slett med historikk</source>
        <translation>&amp;Delete with history</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="697"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="69"/>
        <source>Kryss av med mellomrom</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="115"/>
        <source>%n valgt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="536"/>
        <source>{category}: klikk for å slå sammen eller vise kompetanseområdene</source>
        <extracomment>Default cell size in pixels: wide enough for a value, tall enough for a readable name. Below these sizes names and values are no longer drawn (they could not be read). At 100 % a small map widens its columns up to this to use the window&apos;s width.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="541"/>
        <source>{category} (samlet, {n} områder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Component</name>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="62"/>
        <source>Kunnskap</source>
        <extracomment>Marked for translation here, translated when shown.</extracomment>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="63"/>
        <source>Ferdighet</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="64"/>
        <source>Holdning</source>
        <translation>Attitude</translation>
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
        <location filename="../kompetansekart/ui/plan_draft.py" line="65"/>
        <source>Utkast fra gap – {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="70"/>
        <source>Forslagene bygger på kontorets største gap, med periodens prioriteringer først. Kryss av dem du vil ha med, endre dem om nødvendig, og forkast resten. Ingenting legges inn før du trykker «Legg til valgte».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="75"/>
        <source>Ta med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="75"/>
        <source>Forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="75"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="76"/>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="76"/>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="76"/>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="77"/>
        <source>Hvorfor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="78"/>
        <source>Forslag til tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="79"/>
        <source>Mellomrom krysser av; Enter endrer forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="97"/>
        <source>&amp;Endre forslag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="98"/>
        <source>Endre det valgte forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="100"/>
        <source>&amp;Forkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="101"/>
        <source>Forkast det valgte forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="103"/>
        <source>Velg &amp;alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="103"/>
        <source>Velg alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="105"/>
        <source>Velg &amp;ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="105"/>
        <source>Velg ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="114"/>
        <source>Hva de valgte forslagene betyr for tiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="116"/>
        <source>Feilmelding</source>
        <translation type="unfinished">Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="118"/>
        <source>&amp;Legg til valgte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="138"/>
        <source>Ta med «{t}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="143"/>
        <source> (endret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="196"/>
        <source>Endre forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="221"/>
        <source>Ingen forslag er valgt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="236"/>
        <source>{n} forslag valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="239"/>
        <source>1 person kommer over timebudsjettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="240"/>
        <source>{n} personer kommer over timebudsjettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="237"/>
        <source>{h} timer til sammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_draft.py" line="253"/>
        <source>Kryss av minst ett forslag, eller trykk Avbryt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="72"/>
        <source>Trykk Enter for å gå dit</source>
        <extracomment>How many entries a section shows before «Vis alle».</extracomment>
        <translation>Press Enter to go there</translation>
    </message>
</context>
<context>
    <name>Experts</name>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="70"/>
        <source>i dag</source>
        <extracomment>Item data of categories in the competence tree, and of «velg person» (never None: PySide6 6.12 drops a reference to None each time an empty QVariant comes back to Python). Columns of the holders table. lupdate finds strings in translate(&quot;Experts&quot;, &quot;...&quot;) calls (not in a helper taking a variable).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="74"/>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="75"/>
        <source>%1 dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="77"/>
        <location filename="../kompetansekart/ui/experts_view.py" line="82"/>
        <source>%1 mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="79"/>
        <source>%1 år</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertsView</name>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="316"/>
        <source>Hvem kan hva</source>
        <translation type="unfinished">Who knows what</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="320"/>
        <source>Søk etter kompetanse eller kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="321"/>
        <source>Søk i kompetanser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="323"/>
        <source>&amp;Kompetanse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="334"/>
        <source>Kompetanseområder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="358"/>
        <source>Vis også de som ikke er vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="364"/>
        <source>Hvem kan kompetansen, best først</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="357"/>
        <source>Vis også de som ikke er vur&amp;dert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="366"/>
        <source>Enter eller dobbeltklikk åpner cellen i kartleggingen. Alt+L går til listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="386"/>
        <source>Velg person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="393"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="403"/>
        <source>Kan lære bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="439"/>
        <source>Alt+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="504"/>
        <source>Velg en person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="588"/>
        <source>Velg en kompetanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="599"/>
        <source>Hvem kan «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="604"/>
        <source>%1 kan lære bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="605"/>
        <source>%1 på nivå 3 eller høyere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="606"/>
        <source>%1 ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="608"/>
        <source>%1 utdaterte vurderinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="637"/>
        <source>Velg en person for å se hva hen kan lære bort til andre (nivå 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="645"/>
        <source>%1 kan lære bort (nivå 4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="647"/>
        <source>%1 har ingen kompetanser på nivå 4 («kan lære bort») ennå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="53"/>
        <location filename="../kompetansekart/ui/plan_followup.py" line="133"/>
        <source>Marker «{title}» som gjennomført</source>
        <extracomment>The follow-up cell value meaning «no new assessment».</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="64"/>
        <source>Vurder deltakerne på nytt i kompetansene tiltaket bygget, så viser varmekartet om gapet er lukket. Nivået står på dagens vurdering; endre der det har skjedd noe. Velg «–» for å ikke registrere en ny vurdering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="70"/>
        <source>Ny vurdering av deltakerne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="84"/>
        <source>Mål: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="86"/>
        <source>{person} i {competence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="92"/>
        <source>Feilmelding</source>
        <translation type="unfinished">Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="94"/>
        <source>&amp;Vurdert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="95"/>
        <source>Vurderingsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="97"/>
        <source>Hvordan gikk det? Hva lærte vi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="99"/>
        <source>&amp;Evaluering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="100"/>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="103"/>
        <source>&amp;Marker som gjennomført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="123"/>
        <source>Vurderingsdatoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_followup.py" line="126"/>
        <source>Vurderingsdatoen kan ikke være i fremtiden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../kompetansekart/ui/forms.py" line="105"/>
        <source>Feil i feltet {name}</source>
        <translation>Error in the field {name}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/forms.py" line="121"/>
        <location filename="../kompetansekart/ui/forms.py" line="122"/>
        <location filename="../kompetansekart/ui/forms.py" line="140"/>
        <location filename="../kompetansekart/ui/forms.py" line="143"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/forms.py" line="156"/>
        <location filename="../kompetansekart/ui/forms.py" line="157"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/forms.py" line="175"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/forms.py" line="182"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="301"/>
        <source>Endre utviklingsmål for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="302"/>
        <source>Nytt utviklingsmål for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="307"/>
        <source>Feilmelding</source>
        <translation type="unfinished">Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="313"/>
        <source> (nå {cur}, mål {tgt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="318"/>
        <source>&amp;Kompetanse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="319"/>
        <source>Kompetanseområde</source>
        <translation type="unfinished">Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="324"/>
        <source>&amp;Målnivå:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="325"/>
        <source>Målnivå</source>
        <translation type="unfinished">Target level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="327"/>
        <source>dd.mm.åååå (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="328"/>
        <source>&amp;Frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="328"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="330"/>
        <source>Hva ble avtalt i utviklingssamtalen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="332"/>
        <source>&amp;Notat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="332"/>
        <source>Notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="333"/>
        <source>Tiltak som hører til målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="334"/>
        <source>Søk i tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="338"/>
        <source>&amp;Tiltak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="339"/>
        <source>Tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="342"/>
        <source>&amp;Lagre</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
</context>
<context>
    <name>HeatmapCanvas</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="653"/>
        <source>Varmekart</source>
        <extracomment>At the default zoom a narrow map widens its columns to use the width (up to a limit).</extracomment>
        <translation type="unfinished">Heatmap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="655"/>
        <source>Ansatte i rader og kompetanseområder i kolonner. Piltaster flytter valgt celle, Enter åpner vurderingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="689"/>
        <source>Rull ansatte</source>
        <extracomment>What the image shows: the grid&apos;s colours, with hatched cells transparent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="690"/>
        <source>Rull kompetanseområder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="112"/>
        <source>Uten kategori</source>
        <extracomment>Asks for files to open: (parent, title, filter) -&gt; paths. Asks for a folder: (parent, title) -&gt; path or &quot;&quot;. Asks where to save: (parent, title, suggested, filter) -&gt; path or &quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="171"/>
        <source>{name} ({area}), {staff} ansatte, fil: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="184"/>
        <source>Finnes i {n} av {total} kontorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="77"/>
        <source>Varmekart</source>
        <extracomment>Tables whose change can alter the map; other edits (plans, measures) leave it alone. The assessment this view is recording right now (for the one-cell redraw). The office changed while the view was hidden: reload when it is shown again.</extracomment>
        <translation type="unfinished">Heatmap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="79"/>
        <source>Visning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="80"/>
        <source>Nivå</source>
        <translation type="unfinished">Level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="80"/>
        <source>Gap mot mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="81"/>
        <source>Egenvurdering mot leder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="81"/>
        <source>Alder på vurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="82"/>
        <source>Hva fargene viser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="83"/>
        <source>Grupper ansatte etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="84"/>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="85"/>
        <source>Team</source>
        <translation type="unfinished">Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="84"/>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="86"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="84"/>
        <source>Navn</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="87"/>
        <source>Kategori</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="88"/>
        <source>Bare &amp;gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="88"/>
        <source>Bare gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="89"/>
        <source>Vis bare ansatte og områder med gap eller ukjent gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="90"/>
        <source>Dekning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="91"/>
        <source>Når målnivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="91"/>
        <source>Nivå {n} eller mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="93"/>
        <source>Hva tallene under kartet teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="94"/>
        <source>&amp;Samle kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="95"/>
        <source>Samle kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="96"/>
        <source>Vis hver kategori som én kolonne (verste gap eller snittnivå); klikk en kategori for å åpne den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="98"/>
        <source>&amp;Høy kontrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="98"/>
        <source>Høy kontrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="99"/>
        <source>Zoom ut (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="100"/>
        <source>Zoom inn (Ctrl+pluss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="101"/>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="101"/>
        <source>Standard størrelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="102"/>
        <source>Tilpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="102"/>
        <source>Vis hele kartet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="103"/>
        <source>&amp;Eksporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="103"/>
        <source>Lagre kartet som bilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="105"/>
        <source>Som PNG-bilde (det du ser)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="106"/>
        <source>Som SVG-vektorgrafikk (hele kartet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="111"/>
        <source>&amp;Vis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="112"/>
        <source>G&amp;rupper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="113"/>
        <source>&amp;Team:</source>
        <translation type="unfinished">&amp;Team:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="114"/>
        <source>R&amp;olle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="115"/>
        <source>&amp;Kategori:</source>
        <translation type="unfinished">&amp;Category:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="120"/>
        <source>&amp;Dekning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="124"/>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="188"/>
        <source>Varmekartet har ingen modus «{mode}». Velg en av: {modes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="300"/>
        <source>Kunne ikke lagre bildet «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="307"/>
        <source>Det er ikke noe kart å lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="315"/>
        <source>Kunne ikke lagre «{name}»: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="389"/>
        <source>Alle team</source>
        <translation type="unfinished">All teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="391"/>
        <source>Alle roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="394"/>
        <source>Alle kategorier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="416"/>
        <source>&lt;b&gt;{office}&lt;/b&gt;&lt;br&gt;{rows} ansatte × {cols} kolonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="421"/>
        <source>&lt;b&gt;Dekning&lt;/b&gt; (når målnivå)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="422"/>
        <source>&lt;b&gt;Dekning&lt;/b&gt; (nivå {n}+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="423"/>
        <source>Nivå:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="423"/>
        <source>Gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="424"/>
        <source>Egen − leder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="424"/>
        <source>Alder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="426"/>
        <source>Skravert = ikke vurdert (ikke det samme som 0). Tallene under kartet: antall som når målnivået; ⚠ = sårbar (kreves, høyst én dekker). Klikk en celle for å vurdere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="429"/>
        <source>Gap = mål minus nivå. ? = mål finnes, men personen er ikke vurdert. Tom = ingen mål. ⚠ = sårbar kompetanse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="431"/>
        <source>Pluss = personen vurderer seg høyere enn leder, minus = lavere. Skravert = mangler en av vurderingene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="433"/>
        <source>Måneder siden siste ledervurdering; utdatert etter {n} mnd. Skravert = ikke vurdert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="460"/>
        <source>leder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="460"/>
        <source>koordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="461"/>
        <source>egenvurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="467"/>
        <source>Nivå: &lt;b&gt;ikke vurdert&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="469"/>
        <source>Nivå: &lt;b&gt;{level} {label}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="472"/>
        <source>Mål: ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="474"/>
        <source>Mål: {level} {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="477"/>
        <source>Gap: &lt;b&gt;ukjent&lt;/b&gt; (mål, men ikke vurdert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="479"/>
        <source>Gap: {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="481"/>
        <source>Egenvurdering: {level} {label} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="484"/>
        <source>{n} mnd siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="486"/>
        <source>, &lt;b&gt;utdatert&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="487"/>
        <source>Sist vurdert {date} av {source} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="490"/>
        <source>&lt;i&gt;Klikk for å vurdere&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="495"/>
        <source>{category} (samlet: {n} områder, {a} vurdert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="498"/>
        <source>Snittnivå: {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="500"/>
        <source>Verste gap: {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="502"/>
        <source>Ukjente gap: {n} av {t} med mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="505"/>
        <source>Største forskjell egen − leder: {d:+d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="508"/>
        <source>Eldste vurdering: {n} mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="509"/>
        <source>&lt;i&gt;Klikk for å vise områdene&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="519"/>
        <source>Lagre varmekart som PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="520"/>
        <source>varmekart.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="521"/>
        <source>PNG-bilde (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="526"/>
        <source>Lagre varmekart som SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="527"/>
        <source>varmekart.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="528"/>
        <source>SVG-vektorgrafikk (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_view.py" line="536"/>
        <source>Eksport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="606"/>
        <source>Ingen i kontoret har et mål her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="608"/>
        <source>{n} av {total} aktive når kontorets målnivå ({level}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="612"/>
        <source>{n} av {total} aktive har nivå {level} eller mer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="615"/>
        <source>{m} av {t} med mål når sitt eget mål.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="619"/>
        <source>⚠ Sårbar: {n} av områdene kreves, men dekkes av høyst én person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="623"/>
        <source>⚠ Sårbar: kontoret krever den, men høyst én person dekker den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1242"/>
        <source>Ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1244"/>
        <source>0 Når målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1246"/>
        <source>{n} under målet</source>
        <translation type="unfinished">{n} below target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1248"/>
        <source>? Ukjent gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1250"/>
        <source>Ingen mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1252"/>
        <source>Mangler egen- eller ledervurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1254"/>
        <source>Under {n} mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1256"/>
        <source>{a}–{b} mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1258"/>
        <source>Over {n} mnd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="91"/>
        <source>Dato</source>
        <extracomment>Item data of «Fra rollene» in the target combo (never None in a combo: PySide6 6.12 drops a reference to None when it comes back from a QVariant). Runs a service function for a cell (person id, competence id); the matrix view passes its own so that it refreshes only that cell&apos;s column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="91"/>
        <source>Kilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="91"/>
        <source>Nivå</source>
        <translation type="unfinished">Level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="91"/>
        <source>Notat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="141"/>
        <source>Detaljer for valgt celle</source>
        <extracomment>A message for the user (text, is_error), shown by the view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="168"/>
        <source>Leder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="169"/>
        <source>Egenvurdering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="170"/>
        <source>Mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="171"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="174"/>
        <source>Individuelt mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="176"/>
        <source>Et individuelt mål erstatter målet fra rollene for denne personen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="178"/>
        <source>&amp;Individuelt mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="189"/>
        <source>Historikk for valgt celle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="210"/>
        <source>Notat til valgt vurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="212"/>
        <location filename="../kompetansekart/ui/history_panel.py" line="396"/>
        <source>For eksempel hva vurderingen bygger på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="184"/>
        <source>Hi&amp;storikk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="207"/>
        <source>&amp;Notat til valgt vurdering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="215"/>
        <source>La&amp;gre notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="216"/>
        <source>Lagre notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="282"/>
        <source>Ingen celle valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="283"/>
        <source>Velg en celle i kartleggingen for å se historikken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="319"/>
        <location filename="../kompetansekart/ui/history_panel.py" line="340"/>
        <source>Ingen krav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="322"/>
        <source>individuelt mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="326"/>
        <source>fra rolle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="335"/>
        <source>Når målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="337"/>
        <source>Gap: mangler %1 nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="339"/>
        <source>Ukjent gap: har mål, men er ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="340"/>
        <source>Ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="345"/>
        <source>Fra rollene (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="346"/>
        <source>Fra rollene (ingen krav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/history_panel.py" line="393"/>
        <source>Registrer et nivå først, så kan du skrive et notat til vurderingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldersModel</name>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="195"/>
        <source>Navn</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="196"/>
        <source>Team</source>
        <translation type="unfinished">Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="195"/>
        <source>Nivå</source>
        <translation type="unfinished">Level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="192"/>
        <source>Egenvurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="195"/>
        <source>Vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="195"/>
        <source>Alder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="196"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="196"/>
        <source>Egen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="200"/>
        <source>Ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="236"/>
        <source>Egenvurdering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="238"/>
        <source>Vurderingen er eldre enn kontorets grense og bør fornyes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="240"/>
        <source>Dobbeltklikk for å åpne cellen i kartleggingen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="404"/>
        <source>Når målet</source>
        <extracomment>Cell backgrounds by state; the numbers in the cell carry the same meaning for those who cannot tell the colours apart. Soft colours for the category bands, repeated when there are more categories. Keys that record a level; the keypad sends the same key codes. Item data of «Alle team» / «Alle roller»: never None in a combo (see MatrixModel.paint_info). A level was typed (int 0-4, or None for «ikke vurdert»). A digit outside the scale was typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="405"/>
        <source>Mangler 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="406"/>
        <source>Mangler 2+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="407"/>
        <source>? Ukjent (mål, ikke vurdert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="408"/>
        <source>– Ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="409"/>
        <location filename="../kompetansekart/ui/matrix_view.py" line="417"/>
        <source>◥ Egenvurdering avviker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="411"/>
        <source>Tegnforklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="412"/>
        <source>Cellene viser nivå/mål. 0 er et nivå; – betyr ikke vurdert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="416"/>
        <source>◥ Leders vurdering avviker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../kompetansekart/ui/heatmap_widgets.py" line="1035"/>
        <source>Forklaring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="237"/>
        <source>Målnivå</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="241"/>
        <source>— ikke påkrevd</source>
        <translation>— not required</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="104"/>
        <location filename="../kompetansekart/ui/main_window.py" line="569"/>
        <source>Kompetansekart</source>
        <extracomment>False for the screenshot command: nothing is written to the settings.</extracomment>
        <translation>Kompetansekart</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="114"/>
        <source>Merknad om filen</source>
        <translation>Note about the file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="119"/>
        <source>Visninger</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="135"/>
        <source>Statuslinje</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="146"/>
        <source>Ingen kontorfil er åpen</source>
        <translation>No office file is open</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="150"/>
        <source>&lt;h2&gt;Ingen kontorfil er åpen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No office file is open&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="151"/>
        <source>Opprett et nytt kontor, åpne en kontorfil (.kkart) eller dra en kontorfil hit.</source>
        <translation>Create a new office, open an office file (.kkart) or drag an office file here.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="155"/>
        <location filename="../kompetansekart/ui/main_window.py" line="191"/>
        <source>&amp;Nytt kontor…</source>
        <translation>&amp;New office…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="155"/>
        <source>Nytt kontor</source>
        <translation>New office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="157"/>
        <location filename="../kompetansekart/ui/main_window.py" line="193"/>
        <source>&amp;Åpne…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="157"/>
        <location filename="../kompetansekart/ui/main_window.py" line="413"/>
        <source>Åpne kontorfil</source>
        <translation>Open office file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="162"/>
        <source>Nylig brukte kontorfiler</source>
        <translation>Recently used office files</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="165"/>
        <source>Nylig br&amp;ukt:</source>
        <translation>Recently &amp;used:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="195"/>
        <source>Lagre &amp;kopi som…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="197"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="199"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="200"/>
        <location filename="../kompetansekart/ui/main_window.py" line="558"/>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="202"/>
        <location filename="../kompetansekart/ui/main_window.py" line="561"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="204"/>
        <source>&amp;Regional oversikt…</source>
        <translation>&amp;Regional overview…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="207"/>
        <source>&amp;Om Kompetansekart</source>
        <translation>&amp;About Kompetansekart</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="223"/>
        <source>Menylinje</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="224"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="227"/>
        <source>Åpne &amp;nylig</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="235"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="238"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="242"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="251"/>
        <source>F&amp;ylke</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="253"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="267"/>
        <source>Kan ikke åpne filen</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="372"/>
        <source>Visningen «{title}» kunne ikke vises. Detaljer står i loggfilen.</source>
        <translation>The view “{title}” could not be shown. The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="414"/>
        <source>Kontorfiler (*.kkart);;Alle filer (*)</source>
        <translation>Office files (*.kkart);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="428"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="432"/>
        <source>&amp;Tøm listen</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="452"/>
        <source>Lagre kopi som</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="453"/>
        <source>Kontorfiler (*.kkart)</source>
        <translation>Office files (*.kkart)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="465"/>
        <location filename="../kompetansekart/ui/main_window.py" line="472"/>
        <source>Kan ikke lagre kopien</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="466"/>
        <source>Kopien kan ikke erstatte filen som er åpen. Velg et annet filnavn.</source>
        <translation>The copy cannot replace the file that is open. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="474"/>
        <source>Kopien er lagret i {path}</source>
        <translation>The copy is saved in {path}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="496"/>
        <source>Regional oversikt</source>
        <translation>Regional overview</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="497"/>
        <source>Regional oversikt finnes ikke i denne versjonen.</source>
        <translation>The regional overview is not available in this version.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="509"/>
        <source>Om Kompetansekart</source>
        <translation>About Kompetansekart</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="510"/>
        <source>&lt;h3&gt;Kompetansekart {version}&lt;/h3&gt;&lt;p&gt;Kompetansekartlegging og kompetanseplan for NAV-kontor, uten server. Hvert kontor er én fil som lagres fortløpende.&lt;/p&gt;&lt;p&gt;Datamappe: {data}&lt;br&gt;Loggfil: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kompetansekart {version}&lt;/h3&gt;&lt;p&gt;Competence mapping and competence plans for NAV offices, without a server. Each office is one file that is saved as you go.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log file: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="522"/>
        <source>Språket endres neste gang Kompetansekart starter.</source>
        <translation>The language changes the next time Kompetansekart starts.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="532"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="540"/>
        <source>Lagret: {label}</source>
        <translation>Saved: {label}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="542"/>
        <source>Angret: {label}</source>
        <translation>Undone: {label}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="557"/>
        <source>&amp;Angre «{label}»</source>
        <translation>&amp;Undo “{label}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="560"/>
        <source>&amp;Gjør om «{label}»</source>
        <translation>&amp;Redo “{label}”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="578"/>
        <source> (skrivebeskyttet, {holder})</source>
        <translation> (read-only, {holder})</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="579"/>
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="583"/>
        <source>Filen er åpnet skrivebeskyttet fordi den er {holder}. Du kan se, men ikke endre.</source>
        <translation>The file is open read-only because it is {holder}. You can look but not change anything.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="586"/>
        <source>Filen er skrivebeskyttet (du har ikke skrivetilgang til den). Du kan se, men ikke endre.</source>
        <translation>The file is read-only (you may not write to it). You can look but not change anything.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="51"/>
        <source>Leder</source>
        <extracomment>lupdate finds strings in translate(&quot;Matrix&quot;, &quot;...&quot;) calls (not in a helper taking a variable).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="52"/>
        <source>Koordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="53"/>
        <source>Egenvurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="404"/>
        <source>Ikke vurdert</source>
        <extracomment>The coverage of columns first..last changed. Used instead of headerDataChanged, which makes QTableView re-lay out and repaint the whole grid on every keystroke. The assessment history by competence and person, kept so that a keystroke re-reads one cell instead of a whole column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="467"/>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="469"/>
        <source>Roller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="500"/>
        <source>Leders vurdering: ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="502"/>
        <source>Leders vurdering: %1 %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="507"/>
        <source>Egenvurdering: ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="509"/>
        <source>Egenvurdering: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="514"/>
        <source>Mål: ingen krav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="516"/>
        <source>individuelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="517"/>
        <source>fra rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="518"/>
        <source>Mål: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="526"/>
        <source>Ukjent gap: har mål, men er ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="529"/>
        <source>Gap: mangler %1 nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="532"/>
        <source>Når målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="540"/>
        <source>mål %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="546"/>
        <source>leder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="547"/>
        <source>egenvurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="558"/>
        <source>%1 av %2 med mål når målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="562"/>
        <source>%1 dekker nivå %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="566"/>
        <source>Sårbar: bare én eller ingen kan dette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_model.py" line="568"/>
        <source>Ingen roller krever dette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="463"/>
        <source>Kartlegging</source>
        <translation type="unfinished">Assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="471"/>
        <source>Vis team</source>
        <translation type="unfinished">Show team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="475"/>
        <source>Vis rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="478"/>
        <source>&amp;Team:</source>
        <translation type="unfinished">&amp;Team:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="498"/>
        <source>Registrer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="499"/>
        <source>&amp;Leder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="500"/>
        <source>&amp;Koordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="501"/>
        <source>&amp;Egenvurdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="504"/>
        <source>Nye nivåer registreres som denne typen vurdering, og cellene viser den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="480"/>
        <source>R&amp;olle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="512"/>
        <source>Kartleggingsr&amp;unde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="513"/>
        <source>Kartleggingsrunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="515"/>
        <source>I en kartleggingsrunde får alle vurderinger du registrerer samme dato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="518"/>
        <source>Dato for kartleggingsrunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="531"/>
        <source>Etter tasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="532"/>
        <source>gå til høyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="533"/>
        <source>gå ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="534"/>
        <source>bli stående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="535"/>
        <source>Etter t&amp;asting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="545"/>
        <source>Skriv 0–4 for å registrere et nivå, Delete for ikke vurdert. Piltaster og Tab flytter. Alt+M går tilbake til matrisen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="543"/>
        <source>Kartleggingsmatrise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="569"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="592"/>
        <source>Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="607"/>
        <source>Alle team</source>
        <translation type="unfinished">All teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="609"/>
        <source>Alle roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="626"/>
        <source>Kontoret har ingen aktive ansatte ennå. Legg dem til under «Ansatte», så kan du kartlegge dem her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="629"/>
        <source>Kompetansekatalogen er tom. Legg til kompetanseområder under «Kompetansekatalog».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="756"/>
        <source>«%1» er ikke et nivå. Bruk 0–4, eller Delete for ikke vurdert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="839"/>
        <source>Nye vurderinger dateres %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="866"/>
        <source>%1 personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/matrix_view.py" line="867"/>
        <source>%1 av %2 personer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="51"/>
        <source>Feilmelding</source>
        <translation type="unfinished">Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="54"/>
        <source>&amp;Tittel:</source>
        <translation type="unfinished">&amp;Title:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="55"/>
        <source>Tittel på tiltaket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="62"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="63"/>
        <source>Type tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="65"/>
        <source>(ingen på kontoret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="70"/>
        <source>&amp;Ansvarlig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="71"/>
        <source>Ansvarlig på kontoret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="73"/>
        <source>for eksempel Fylkeskontoret eller en kursleverandør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="75"/>
        <source>&amp;Ekstern ansvarlig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="76"/>
        <source>Ekstern ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="78"/>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="82"/>
        <source>dd.mm.åååå</source>
        <translation type="unfinished">dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="79"/>
        <source>&amp;Fra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="80"/>
        <source>Startdato</source>
        <translation type="unfinished">Start date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="83"/>
        <source>T&amp;il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="83"/>
        <source>Sluttdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="88"/>
        <source> timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="92"/>
        <source>Timer per &amp;deltaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="93"/>
        <source>Timer per deltaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="95"/>
        <source>kroner (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="96"/>
        <source>&amp;Kostnad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="97"/>
        <source>Kostnad i kroner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="102"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="103"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="105"/>
        <source>Hvordan gikk det? Hva lærte vi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="107"/>
        <source>E&amp;valuering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="108"/>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="110"/>
        <source>Kompetanser tiltaket bygger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="111"/>
        <source>Søk i kompetanser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="116"/>
        <source> (gap hos {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="120"/>
        <source>K&amp;ompetanser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="121"/>
        <source>Kompetanser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="122"/>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="127"/>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="122"/>
        <source>Søk i ansatte</source>
        <translation type="unfinished">Search staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="126"/>
        <source>Deltake&amp;re:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="128"/>
        <source>Velg de med &amp;gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="129"/>
        <source>Kryss av alle med gap i de valgte kompetansene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="140"/>
        <source>&amp;Lagre</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_measure_form.py" line="165"/>
        <source>Kostnaden må være et tall i kroner, for eksempel 12 000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewOfficeDialog</name>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="37"/>
        <location filename="../kompetansekart/ui/office_dialog.py" line="38"/>
        <source>Nytt kontor</source>
        <translation>New office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="44"/>
        <source>Et kontor er én fil. Den nye filen får startkatalogen med kompetanseområder og roller, som du kan endre etterpå.</source>
        <translation>An office is one file. The new file gets the starter catalogue of competence areas and roles, which you can change afterwards.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="49"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="51"/>
        <source>for eksempel NAV Hamar</source>
        <translation>for example NAV Hamar</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="52"/>
        <source>&amp;Kontorets navn:</source>
        <translation>&amp;Name of the office:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="53"/>
        <source>Kontorets navn</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="55"/>
        <source>K&amp;ommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="56"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="58"/>
        <source>F&amp;ylke:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="59"/>
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="64"/>
        <source>&amp;Velg…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="64"/>
        <source>Velg filplassering</source>
        <translation>Choose where the file goes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="68"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="69"/>
        <source>Filplassering</source>
        <translation>File location</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="70"/>
        <source>Filens plassering og navn</source>
        <translation>Location and name of the file</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="73"/>
        <source>Opp&amp;rett</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="87"/>
        <source>Lagre det nye kontoret som</source>
        <translation>Save the new office as</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="88"/>
        <source>Kontorfiler (*.kkart)</source>
        <translation>Office files (*.kkart)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/office_dialog.py" line="100"/>
        <source>Skriv inn kontorets navn.</source>
        <translation>Enter the name of the office.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="212"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="219"/>
        <location filename="../kompetansekart/ui/overview_view.py" line="246"/>
        <source>Oversikt over kontoret</source>
        <translation>Overview of the office</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="259"/>
        <source>Største behov</source>
        <translation>Greatest needs</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="260"/>
        <source>Kompetanser der flest mangler opp mot målet for rollene sine.</source>
        <translation>Competences where most people fall short of the target of their roles.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="261"/>
        <source>Ingen mangler opp mot målene.</source>
        <translation>Nobody falls short of the targets.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="264"/>
        <source>Sårbar kompetanse</source>
        <translation>Vulnerable competence</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="265"/>
        <source>Kontoret trenger dette, men bare én person eller ingen kan det.</source>
        <translation>The office needs this, but only one person or nobody has it.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="266"/>
        <source>Ingen kompetanse hviler på én person.</source>
        <translation>No competence rests on a single person.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="269"/>
        <source>Nye ansatte og «Ny i NAV»</source>
        <translation>New staff and “Ny i NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="270"/>
        <source>«Ny i NAV» skal være gjennomført innen seks måneder etter start.</source>
        <translation>“Ny i NAV” (new in NAV) is due within six months of starting.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="271"/>
        <source>Ingen nyansatte venter på «Ny i NAV».</source>
        <translation>No new employees are waiting for “Ny i NAV”.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="274"/>
        <source>Team</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="275"/>
        <source>Ingen team er registrert ennå.</source>
        <translation>No teams have been registered yet.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="277"/>
        <source>Vurderinger som bør fornyes</source>
        <translation>Assessments to renew</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="278"/>
        <source>Siste ledervurdering er eldre enn {n} måneder.</source>
        <translation>The latest leader assessment is older than {n} months.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="280"/>
        <source>Alle vurderinger er ferske.</source>
        <translation>All assessments are recent.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="282"/>
        <source>Uenighet mellom egenvurdering og leder</source>
        <translation>Self-assessment and leader disagree</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="283"/>
        <source>Verdt en prat i medarbeidersamtalen.</source>
        <translation>Worth a talk in the appraisal meeting.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="285"/>
        <source>Egenvurderingene stemmer med ledervurderingene.</source>
        <translation>The self-assessments agree with the leader assessments.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="316"/>
        <source>ansatte</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="317"/>
        <source>+ {n} som har sluttet</source>
        <translation>+ {n} who left</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="318"/>
        <source>team</source>
        <translation>teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="319"/>
        <source>kompetanseområder</source>
        <translation>competence areas</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="320"/>
        <source>av kravene er kartlagt</source>
        <translation>of the requirements assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="321"/>
        <source>{a} av {r} vurdert</source>
        <translation>{a} of {r} assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="323"/>
        <source>sårbare kompetanser</source>
        <translation>vulnerable competences</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="341"/>
        <source>{n} under målet</source>
        <translation>{n} below target</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="343"/>
        <source>{n} ikke vurdert</source>
        <translation>{n} not assessed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="346"/>
        <source>mangler {n} nivå</source>
        <translation>{n} levels short</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="355"/>
        <source>ingen kan dette</source>
        <translation>nobody has this</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="356"/>
        <source>Kreves på nivå {level}</source>
        <translation>Required at level {level}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="358"/>
        <source>bare én person kan dette</source>
        <translation>only one person has this</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="359"/>
        <source>{name} — kreves på nivå {level}</source>
        <translation>{name} — required at level {level}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="370"/>
        <source>Startet {start}</source>
        <translation>Started {start}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="371"/>
        <source> · fadder: {name}</source>
        <translation> · buddy: {name}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="372"/>
        <source> · mangler fadder</source>
        <translation> · no buddy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="374"/>
        <source>forfalt {due}</source>
        <translation>overdue {due}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="376"/>
        <source>frist {due}</source>
        <translation>due {due}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="386"/>
        <location filename="../kompetansekart/ui/overview_view.py" line="391"/>
        <source>{n} ansatte</source>
        <translation>{n} staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="390"/>
        <source>Uten team</source>
        <translation>No team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="397"/>
        <source>Sist vurdert {date}</source>
        <translation>Last assessed {date}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="399"/>
        <source>{n} mnd</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="406"/>
        <source>Egenvurdering {own}, leder {leader}</source>
        <translation>Self-assessment {own}, leader {leader}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="408"/>
        <source>vurderer seg høyere</source>
        <translation>rates themselves higher</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="409"/>
        <source>vurderer seg lavere</source>
        <translation>rates themselves lower</translation>
    </message>
</context>
<context>
    <name>PdfButton</name>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="30"/>
        <source>Skriv ut eller lagre PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="33"/>
        <source>Skriv ut / &amp;Lagre PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="34"/>
        <source>Kompetanseplanen for kontoret som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="36"/>
        <source>&amp;Kompetanseplan for kontoret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="38"/>
        <source>Utviklingsplan for valgt &amp;ansatt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="40"/>
        <source>&amp;Utviklingsplaner for alle ansatte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="52"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="73"/>
        <source>Lagre kompetanseplanen som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="87"/>
        <source>Lagre utviklingsplanen som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="100"/>
        <source>Lagre alle utviklingsplanene som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_pdf.py" line="112"/>
        <source>PDF-en ble ikke lagret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="127"/>
        <source>Endre planperiode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="127"/>
        <source>Ny planperiode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="132"/>
        <source>Feilmelding</source>
        <translation type="unfinished">Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="134"/>
        <source>(velg selv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="139"/>
        <source>Forsla&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="140"/>
        <source>Forslag til periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="142"/>
        <source>for eksempel 2027 eller 1. halvår 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="143"/>
        <source>&amp;Navn:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="144"/>
        <source>Navn på perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="146"/>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="150"/>
        <source>dd.mm.åååå</source>
        <translation type="unfinished">dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="147"/>
        <source>&amp;Fra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="148"/>
        <source>Periodens første dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="151"/>
        <source>&amp;Til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="152"/>
        <source>Periodens siste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="155"/>
        <source>Le&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="156"/>
        <source>Leder som signerer planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="158"/>
        <source>for eksempel mål fra årets styringsbrev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="160"/>
        <source>N&amp;otat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="161"/>
        <source>Notat til perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="164"/>
        <source>&amp;Lagre</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="39"/>
        <source>Endre ansatt</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="39"/>
        <source>Ny ansatt</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="47"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="50"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="50"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="52"/>
        <source>for eksempel veileder eller rådgiver</source>
        <translation>for example case worker or adviser</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="53"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="54"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="57"/>
        <source>(uten team)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="61"/>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="61"/>
        <source>Team</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="64"/>
        <source>Statlig</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="65"/>
        <source>Kommunal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="68"/>
        <source>&amp;Ansettelse:</source>
        <translation>E&amp;mployment:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="69"/>
        <source>Statlig eller kommunal ansettelse</source>
        <translation>State or municipal employment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="72"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="73"/>
        <source>&amp;Startdato:</source>
        <translation>Start d&amp;ate:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="74"/>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="88"/>
        <source>&amp;Roller:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="89"/>
        <source>Roller (kryss av med mellomrom)</source>
        <translation>Roles (tick with space)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="94"/>
        <source> timer per år</source>
        <translation> hours a year</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="96"/>
        <source>Læringsti&amp;d:</source>
        <translation>Learning &amp;hours:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="110"/>
        <source>«Ny i NAV» f&amp;ullført:</source>
        <translation>“Ny i NAV” &amp;done:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="97"/>
        <source>Tilgjengelige læringstimer per år</source>
        <translation>Available learning hours a year</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="100"/>
        <source>(ingen fadder)</source>
        <translation>(no buddy)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="105"/>
        <source>&amp;Fadder:</source>
        <translation>&amp;Buddy:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="106"/>
        <source>Fadder for nyansatte</source>
        <translation>Buddy for new staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="109"/>
        <source>dd.mm.åååå (tomt hvis ikke fullført)</source>
        <translation>dd.mm.yyyy (empty if not done)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="111"/>
        <source>Dato da «Ny i NAV» ble fullført</source>
        <translation>Date “Ny i NAV” was completed</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/person_dialog.py" line="115"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="31"/>
        <source>Kurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="32"/>
        <source>E-læring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="33"/>
        <source>«Ny i NAV»</source>
        <translation type="unfinished">“Ny i NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="34"/>
        <source>Kollegaveiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="35"/>
        <source>Skulder-ved-skulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="36"/>
        <source>Gruppeveiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="37"/>
        <source>Lærende møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="38"/>
        <source>Kompetanseuke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="39"/>
        <source>Fagnettverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="40"/>
        <source>Videreutdanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="41"/>
        <source>Fagdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="42"/>
        <source>Lederutvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="43"/>
        <source>Internkompetanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="44"/>
        <source>Bestilling til fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="47"/>
        <source>Planlagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="48"/>
        <source>Pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="49"/>
        <source>Gjennomført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_models.py" line="50"/>
        <source>Avlyst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="84"/>
        <source>Kompetanseplan</source>
        <extracomment>(view key, target) — e.g. to show a person in the staff view.</extracomment>
        <translation type="unfinished">Competence plan</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="92"/>
        <source>Planperiode</source>
        <extracomment>The comparison with the previous period is computed when its tab is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="94"/>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="96"/>
        <source>&amp;Ny periode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="96"/>
        <source>Ny planperiode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="98"/>
        <source>&amp;Endre periode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="99"/>
        <source>Endre planperioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="100"/>
        <source>Slett periode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="101"/>
        <source>Slett planperioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="102"/>
        <source>Lag &amp;utkast fra gap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="103"/>
        <source>Lag utkast til tiltak fra kontorets gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="119"/>
        <source>Sammendrag av perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="123"/>
        <source>Deler av planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="124"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="187"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="257"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="297"/>
        <source>Tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="125"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="231"/>
        <source>Prioriteringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="126"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="259"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="467"/>
        <source>Timer per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="127"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="271"/>
        <source>Nyansatte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="128"/>
        <source>Utviklingsplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="129"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="326"/>
        <source>Bestillinger til fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="130"/>
        <source>Effekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="138"/>
        <source>&lt;h3&gt;Ingen kompetanseplan ennå&lt;/h3&gt;&lt;p&gt;Lag en planperiode (et år eller et halvår). Deretter kan du prioritere noen få områder, lage et utkast til tiltak fra kontorets gap og skrive ut planen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="144"/>
        <source>Lag &amp;første planperiode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="145"/>
        <source>Lag første planperiode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="187"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="187"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="296"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="323"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="349"/>
        <source>Kompetanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="187"/>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="188"/>
        <source>Ansvarlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="188"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="188"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="188"/>
        <source>Timer/deltaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="189"/>
        <source>Timer i alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="189"/>
        <source>Kostnad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="189"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="191"/>
        <source>Tiltak i perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="192"/>
        <source>Enter eller dobbeltklikk for å endre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="202"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="689"/>
        <source>Nytt tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="202"/>
        <source>Nytt t&amp;iltak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="204"/>
        <source>Endre &amp;tiltak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="204"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="681"/>
        <source>Endre tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="206"/>
        <source>&amp;Marker gjennomført…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="207"/>
        <source>Marker tiltaket som gjennomført og vurder deltakerne på nytt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="209"/>
        <source>Endre status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="221"/>
        <source>Slett tiltak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="221"/>
        <source>Slett tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="229"/>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="229"/>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="229"/>
        <source>Gap nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="229"/>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="239"/>
        <source>Ny prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="240"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="336"/>
        <source>Endre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="240"/>
        <source>Endre prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="242"/>
        <source>Flytt &amp;opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="242"/>
        <source>Flytt prioriteringen opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="244"/>
        <source>Flytt prioriteringen ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="246"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="338"/>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="246"/>
        <source>Slett prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="248"/>
        <source>Velg noen få områder for perioden (høyst fem). Utkastet fra gap foreslår tiltak for dem først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="257"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="268"/>
        <source>Navn</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="257"/>
        <source>Team</source>
        <translation type="unfinished">Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="257"/>
        <source>Planlagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="258"/>
        <source>Tilgjengelig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="258"/>
        <location filename="../kompetansekart/ui/plan_view.py" line="270"/>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="268"/>
        <source>Startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="268"/>
        <source>«Ny i NAV» innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="269"/>
        <source>Påmeldt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="269"/>
        <source>Fadder</source>
        <translation type="unfinished">Buddy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="269"/>
        <source>Opplæringsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="210"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="238"/>
        <source>Ny prioriter&amp;ing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="244"/>
        <source>Flytt ne&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="276"/>
        <source>Mel&amp;d på «Ny i NAV»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="277"/>
        <source>Nytt «Ny i NAV»-tiltak for nyansatte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="279"/>
        <source>Velg &amp;fadder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="280"/>
        <source>Velg fadder for den valgte nyansatte under «Ansatte»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="284"/>
        <source>«Ny i NAV» skal være gjennomført innen seks måneder etter startdatoen. Fadder settes på den ansatte under «Ansatte»; opplæringsplanen er den ansattes utviklingsmål.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="292"/>
        <source>Ansatte</source>
        <translation type="unfinished">Staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="293"/>
        <source>Velg en ansatt for å se utviklingsmålene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="296"/>
        <source>Nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="296"/>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="296"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="297"/>
        <source>Notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="298"/>
        <source>Utviklingsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="305"/>
        <source>Nytt &amp;mål…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="305"/>
        <source>Nytt utviklingsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="307"/>
        <source>Endre mål…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="308"/>
        <source>Endre utviklingsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="309"/>
        <source>Slett mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="310"/>
        <source>Slett utviklingsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="323"/>
        <source>Bestilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="323"/>
        <source>Antall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="324"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="333"/>
        <source>Ny &amp;bestilling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="334"/>
        <source>Ny bestilling til fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="336"/>
        <source>Endre bestilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="338"/>
        <source>Slett bestilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="340"/>
        <source>Behov kontoret ikke kan dekke selv. Bestillingene følger med i sammendraget som deles med fylket (uten navn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="349"/>
        <source>Når målet før</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="349"/>
        <source>Når målet nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="350"/>
        <source>Med mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="350"/>
        <source>Samlet gap før</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="350"/>
        <source>Samlet gap nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="351"/>
        <source>Endring i gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="353"/>
        <source>Endring per kompetanse siden forrige periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="388"/>
        <source>{name} ({start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="463"/>
        <source>1 person er over timebudsjettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="464"/>
        <source>{n} personer er over timebudsjettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="535"/>
        <source>{n} tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="537"/>
        <source>1 prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="538"/>
        <source>{n} prioriteringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="541"/>
        <source>1 person over timebudsjettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="542"/>
        <source>{n} personer over timebudsjettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="544"/>
        <source>1 nyansatt med forfalt «Ny i NAV»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="545"/>
        <source>{n} nyansatte med forfalt «Ny i NAV»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="452"/>
        <source>Tiltak ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="461"/>
        <source>Tilgjengelig er personens læringstimer per år (satt under «Ansatte»), regnet om til periodens lengde. Avlyste tiltak telles ikke. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="465"/>
        <source>Ingen er over timebudsjettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="466"/>
        <source>Timer per person ({n} over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="473"/>
        <source>Nyansatte ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../kompetansekart/ui/plan_view.py" line="485"/>
        <source> (%n mål)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="505"/>
        <source>Bestillinger til fylket ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="519"/>
        <source>Ingen tidligere periode å sammenligne med. Når neste periode lages, viser denne fanen hvilke gap som er lukket og hvordan dekningen har endret seg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="523"/>
        <source>Sammenlignet med «{previous}»: vurderingene slik de stod {before} mot {after}. {closed} gap er lukket og {opened} nye gap har kommet til (også fordi nye ansatte er vurdert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="536"/>
        <source>{h} timer i alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="551"/>
        <source>Leder: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="662"/>
        <source>Slette planperiode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="663"/>
        <source>Slette planperioden «{name}»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="664"/>
        <source>&amp;Slett periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../kompetansekart/ui/plan_view.py" line="665"/>
        <source>Periodens %n tiltak og prioriteringene slettes også. Du kan angre med Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="707"/>
        <source>«Ny i NAV»</source>
        <translation type="unfinished">“Ny i NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="708"/>
        <source>Fylkeskontoret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="738"/>
        <source>Slette tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="739"/>
        <source>Slette tiltaket «{title}»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="740"/>
        <source>&amp;Slett tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="740"/>
        <source>Du kan angre med Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="757"/>
        <source>Ingen forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="758"/>
        <source>Fant ingen gap uten tiltak i perioden. Alle med gap er allerede med i et tiltak for kompetansen, eller ingen er vurdert under målet sitt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_view.py" line="876"/>
        <source>Endringen ble ikke lagret</source>
        <translation type="unfinished">The change was not saved</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="212"/>
        <source>Endre prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="212"/>
        <source>Ny prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="219"/>
        <source>Feilmelding</source>
        <translation type="unfinished">Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="223"/>
        <source>Kompetanse&amp;område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="231"/>
        <source>Gjelder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="236"/>
        <source> (gap {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="224"/>
        <source>Hel k&amp;ategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="242"/>
        <source>Ko&amp;mpetanse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="243"/>
        <source>Kompetanseområde</source>
        <translation type="unfinished">Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="244"/>
        <source>Kat&amp;egori:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="245"/>
        <source>Kategori</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="247"/>
        <source>Hvorfor: for eksempel et mål i årets styringsbrev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="250"/>
        <source>&amp;Begrunnelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="251"/>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="263"/>
        <source>&amp;Lagre</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
</context>
<context>
    <name>RegionWindow</name>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="239"/>
        <source>Regional oversikt – Kompetansekart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="253"/>
        <source>&lt;h2&gt;Regional oversikt&lt;/h2&gt;&lt;p&gt;Åpne oppsummeringer (.kkdel) eller hele kontorfiler (.kkart) fra kontorene — flere filer, en hel mappe, eller dra filene hit.&lt;/p&gt;&lt;p&gt;Du får se behov og dekning per kontor, felles behov i hvert område, bestillingene og forslag til felles regionale tiltak. Filer som ikke kan brukes, listes med årsak.&lt;/p&gt;</source>
        <extracomment>Replaced in tests so no native dialog opens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="267"/>
        <source>Status for lastede filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="273"/>
        <source>Behov per kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="274"/>
        <source>Dekning per kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="275"/>
        <source>Behov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="276"/>
        <source>Dekning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="277"/>
        <location filename="../kompetansekart/ui/region_window.py" line="280"/>
        <source>Felles behov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="278"/>
        <location filename="../kompetansekart/ui/region_window.py" line="282"/>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="278"/>
        <location filename="../kompetansekart/ui/region_window.py" line="282"/>
        <location filename="../kompetansekart/ui/region_window.py" line="289"/>
        <source>Kompetanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="278"/>
        <source>Kontorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="278"/>
        <location filename="../kompetansekart/ui/region_window.py" line="283"/>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="279"/>
        <source>Sårbar hos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="279"/>
        <location filename="../kompetansekart/ui/region_window.py" line="281"/>
        <location filename="../kompetansekart/ui/region_window.py" line="284"/>
        <source>Bestillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="282"/>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="282"/>
        <source>Bestilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="283"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="286"/>
        <location filename="../kompetansekart/ui/region_window.py" line="287"/>
        <source>Forslag til felles tiltak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="288"/>
        <source>Kompetanser som ikke samsvarer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="289"/>
        <source>Kategori</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="289"/>
        <source>Finnes hos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="290"/>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="291"/>
        <source>Ikke samsvarende kompetanser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="293"/>
        <location filename="../kompetansekart/ui/region_window.py" line="295"/>
        <source>Avviste filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="296"/>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="296"/>
        <source>Hvorfor den ikke er med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="306"/>
        <source>Regional oversikt</source>
        <translation type="unfinished">Regional overview</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="310"/>
        <source>Åpne &amp;filer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="313"/>
        <source>Åpne &amp;mappe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="315"/>
        <source>&amp;Tøm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="317"/>
        <source>Lag regional &amp;rapport (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="331"/>
        <source>1–2 / skjult («&lt;3»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="333"/>
        <source>8 eller flere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="334"/>
        <source>Personer med gap (vurdert under målet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="336"/>
        <source>under 25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="340"/>
        <source>90 % eller mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="341"/>
        <source>ingen mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="342"/>
        <source>? usikkert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="343"/>
        <source>Andel med mål som når målet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="347"/>
        <source>* kan ikke sammenlignes med andre kontorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="401"/>
        <source>{offices} kontorer i {areas} områder, {columns} kompetanseområder. {refused} filer avvist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="417"/>
        <source>Avviste filer ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="422"/>
        <source>Felles behov ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="422"/>
        <source>Bestillinger ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="423"/>
        <source>Forslag til felles tiltak ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="424"/>
        <source>Ikke samsvarende kompetanser ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="431"/>
        <source>Ingen forslag: ingen kompetanse mangler i flere kontorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="433"/>
        <source>Forslag der flere kontorer har samme gap, sortert etter hvor mange kontorer og personer det gjelder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="454"/>
        <source>Åpne filer fra kontorene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="455"/>
        <source>Oppsummeringer og kontorfiler (*.kkdel *.kkart);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="462"/>
        <source>Åpne en mappe med filer fra kontorene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="472"/>
        <source>Lag regional rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="473"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="488"/>
        <source>Regional rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/region_window.py" line="490"/>
        <source>Skrev {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="372"/>
        <source>Endre bestilling til fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="373"/>
        <source>Ny bestilling til fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="379"/>
        <source>Feilmelding</source>
        <translation type="unfinished">Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="381"/>
        <source>(ikke ett bestemt område)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="385"/>
        <source>&amp;Kompetanse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="386"/>
        <source>Kompetanseområde</source>
        <translation type="unfinished">Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="388"/>
        <source>Hva ber kontoret fylket om?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="390"/>
        <source>&amp;Bestilling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="391"/>
        <source>Bestilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="395"/>
        <source>&amp;Antall personer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="396"/>
        <source>Antall personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/plan_dialogs.py" line="399"/>
        <source>&amp;Lagre</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
</context>
<context>
    <name>RequirementsModel</name>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="115"/>
        <source>Kompetanseområde</source>
        <translation>Competence area</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="115"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="116"/>
        <source>Målnivå</source>
        <translation>Target level</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="91"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
</context>
<context>
    <name>RolesView</name>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="268"/>
        <location filename="../kompetansekart/ui/roles_view.py" line="272"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="273"/>
        <source>Rollene på kontoret med antall personer som har dem</source>
        <translation>The roles of the office with how many people hold each</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="278"/>
        <source>&amp;Ny rolle…</source>
        <translation>&amp;New role…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="278"/>
        <location filename="../kompetansekart/ui/roles_view.py" line="571"/>
        <source>Ny rolle</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="280"/>
        <source>Sl&amp;ett rolle…</source>
        <translation>Delete ro&amp;le…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="281"/>
        <source>Slett rolle</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="286"/>
        <source>R&amp;oller:</source>
        <translation>R&amp;oles:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="296"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="299"/>
        <source>N&amp;avn:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="300"/>
        <source>Rollens navn</source>
        <translation>Name of the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="304"/>
        <source>Hva har rollen ansvar for? Hvem gjør hva, og hvor mye tid har rollen?</source>
        <translation>What is the role responsible for? Who does what, and how much time does the role have?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="306"/>
        <source>&amp;Mandat:</source>
        <translation>Man&amp;date:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="307"/>
        <source>Rollens mandat</source>
        <translation>Mandate of the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="310"/>
        <source>Personer med rollen</source>
        <translation>People with the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="311"/>
        <source>Har rollen:</source>
        <translation>Held by:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="317"/>
        <source>Kompetanser rollen krever</source>
        <translation>Competences the role requires</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="318"/>
        <source>Skriv 0–4 for målnivå, Delete fjerner kravet</source>
        <translation>Type 0–4 for the target level, Delete removes the requirement</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="337"/>
        <source>Vis &amp;bare kompetanser rollen krever</source>
        <translation>Show onl&amp;y competences the role requires</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="338"/>
        <source>Vis bare kompetanser rollen krever</source>
        <translation>Show only competences the role requires</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="340"/>
        <source>&amp;Kompetanser og målnivå:</source>
        <translation>Com&amp;petences and target levels:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="342"/>
        <source>Skriv et tall 0–4 i en rad for å sette målnivået, Delete fjerner kravet.</source>
        <translation>Type a number 0–4 in a row to set the target level; Delete removes the requirement.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="348"/>
        <source>&amp;Lagre rollen</source>
        <translation>&amp;Save the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="348"/>
        <source>Lagre rollen</source>
        <translation>Save the role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="350"/>
        <source>Forkas&amp;t endringer</source>
        <translation>Disc&amp;ard changes</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="351"/>
        <source>Forkast endringene i skjemaet</source>
        <translation>Discard the changes in the form</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="357"/>
        <source>Lagringsstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="434"/>
        <source>Ingen rolle er valgt.</source>
        <translation>No role is selected.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="436"/>
        <source>Endringer som ikke er lagret.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="439"/>
        <source>Lagret. Rollen krever {n} kompetanser.</source>
        <translation>Saved. The role requires {n} competences.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="462"/>
        <source>ingen ennå</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="571"/>
        <source>&amp;Rollens navn:</source>
        <translation>&amp;Name of the role:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="572"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="587"/>
        <source>Slette rolle</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="588"/>
        <source>Slette rollen «{name}»?</source>
        <translation>Delete the role “{name}”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="589"/>
        <source>&amp;Slett rolle</source>
        <translation>&amp;Delete role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="590"/>
        <source>{n} personer har rollen. De beholder sine andre roller, men målnivåene som kom fra denne rollen forsvinner. Vurderingene beholdes. Du kan angre med Ctrl+Z.</source>
        <translation>{n} people hold the role. They keep their other roles, but the target levels that came from this role go away. Assessments are kept. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/roles_view.py" line="597"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="222"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="222"/>
        <source>Tekst</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/catalogue_view.py" line="222"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="159"/>
        <source>Vis alle {n}</source>
        <translation>Show all {n}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/overview_view.py" line="160"/>
        <source>Vis alle i {title}</source>
        <translation>Show all in {title}</translation>
    </message>
</context>
<context>
    <name>SharingView</name>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="351"/>
        <source>&lt;h2&gt;Deling med fylket&lt;/h2&gt;</source>
        <extracomment>Replaced in tests so no native dialog opens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="353"/>
        <source>Send fylket en anonym oppsummering av kontorets kompetanse, behov, tiltak og bestillinger, eller — når fylket trenger det — hele kontorfilen. Alt som sendes, står i delingsloggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="373"/>
        <source>Anonym oppsummering (.kkdel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="376"/>
        <source>Antall ansatte på hvert nivå per kompetanseområde, hvor mange som når målet og har gap, sårbare områder, planens prioriteringer og tiltak (uten navn) og bestillingene. Ingen navn, ingen notater. Du ser nøyaktig hva som sendes før filen lagres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="383"/>
        <source>Skjul tall &amp;under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="386"/>
        <source>Grense for små tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="387"/>
        <source>Tall fra 1 til denne grensen minus én vises som «&lt;grense» i oppsummeringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="397"/>
        <source>&amp;Forhåndsvis og lagre oppsummering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="398"/>
        <source>Forhåndsvis og lagre oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="405"/>
        <source>Hele kontorfilen (.kkart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="408"/>
        <source>&lt;b&gt;Obs! Hele filen inneholder navn og vurderinger.&lt;/b&gt; Den har navnene på alle ansatte, alle vurderinger med notater, individuelle mål og utviklingsplaner. Send den bare når fylket trenger den, og bare på en sikker måte (ikke som vanlig e-post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="414"/>
        <source>Advarsel om hele kontorfilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="416"/>
        <source>Lagre &amp;full kopi for fylket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="417"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="600"/>
        <source>Lagre full kopi for fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="423"/>
        <source>Kompetansekatalog fra fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="426"/>
        <source>Importer fylkets standardkatalog og rollemaler. Nye områder legges til; endringer i områder kontoret har fra før, gjøres bare når du godtar dem. Kontorets egne områder beholdes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="432"/>
        <source>&amp;Importer katalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="434"/>
        <source>&amp;Eksporter katalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="435"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="706"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="713"/>
        <source>Eksporter katalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="436"/>
        <source>For fylket: lagre denne filens katalog og roller som katalogfil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="445"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="454"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="667"/>
        <source>Bestillinger til fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="447"/>
        <source>Behov kontoret ikke kan dekke selv. De sendes med i oppsummeringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="452"/>
        <source>Kompetanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="452"/>
        <source>Bestilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="453"/>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="453"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="459"/>
        <source>&amp;Ny bestilling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="461"/>
        <source>E&amp;ndre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="463"/>
        <source>&amp;Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="475"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="479"/>
        <source>Delingslogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="477"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="477"/>
        <source>Hva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="477"/>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="478"/>
        <source>Detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="504"/>
        <source>(ikke ett bestemt område)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="509"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="566"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="584"/>
        <source>Anonym oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="510"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="594"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="612"/>
        <source>Hele kontorfilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="511"/>
        <source>Kompetansekatalog</source>
        <translation type="unfinished">Competence catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="532"/>
        <source>tall fra 1 til {small} vises som «&lt;{k}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="548"/>
        <source>Deling med fylket</source>
        <translation type="unfinished">Sharing with the county</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="572"/>
        <source>Lagre anonym oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="573"/>
        <source>Oppsummering til fylket (*.kkdel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="595"/>
        <source>Hele kontorfilen inneholder navn og vurderinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="596"/>
        <source>&amp;Lagre full kopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="601"/>
        <source>Kontorfil (*.kkart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="674"/>
        <source>Importer katalog fra fylket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="675"/>
        <source>Katalogfil (*.json);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="687"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="697"/>
        <source>Importer katalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="707"/>
        <source>Katalogfil (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="87"/>
        <source>Navn</source>
        <extracomment>Team filter value for «people without a team». Tables whose change alters what the staff list shows.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="87"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="87"/>
        <source>Team</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="88"/>
        <source>Ansettelse</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="88"/>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="88"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="89"/>
        <source>Timer/år</source>
        <translation>Hours/year</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="89"/>
        <source>Fadder</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="89"/>
        <source>«Ny i NAV»</source>
        <translation>“Ny i NAV”</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="105"/>
        <source>fullført {d}</source>
        <translation>done {d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="109"/>
        <source>forfalt {d}</source>
        <translation>overdue {d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="109"/>
        <source>frist {d}</source>
        <translation>due {d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="117"/>
        <source>Kommunal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="118"/>
        <source>Statlig</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="173"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="174"/>
        <source>Sluttet {d}</source>
        <translation>Left {d}</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="175"/>
        <source>Sluttet</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="285"/>
        <location filename="../kompetansekart/ui/staff_view.py" line="330"/>
        <source>Ansatte</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="292"/>
        <source>Søk i ansatte</source>
        <translation>Search staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="293"/>
        <source>Søk på navn, tittel, team eller rolle</source>
        <translation>Search by name, title, team or role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="294"/>
        <source>Navn, tittel, team eller rolle</source>
        <translation>Name, title, team or role</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="298"/>
        <source>Sø&amp;k:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="300"/>
        <source>Vis team</source>
        <translation>Show team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="302"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="304"/>
        <source>Vis s&amp;luttede</source>
        <translation>Show &amp;left</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="305"/>
        <source>Vis ansatte som har sluttet</source>
        <translation>Show staff who have left</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="308"/>
        <source>&amp;Ny ansatt…</source>
        <translation>&amp;New employee…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="308"/>
        <source>Ny ansatt</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="310"/>
        <source>&amp;Endre…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="310"/>
        <source>Endre ansatt</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="312"/>
        <location filename="../kompetansekart/ui/staff_view.py" line="502"/>
        <source>Marker som sl&amp;uttet</source>
        <translation>Mar&amp;k as left</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="313"/>
        <source>Marker som sluttet eller aktiv</source>
        <translation>Mark as left or active</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="315"/>
        <source>&amp;Slett…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="316"/>
        <source>Slett ansatt med all historikk</source>
        <translation>Delete employee with all history</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="331"/>
        <source>Enter eller dobbeltklikk for å endre, Delete for å slette</source>
        <translation>Enter or double-click to edit, Delete to delete</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="368"/>
        <source>Antall ansatte som vises</source>
        <translation>Number of staff shown</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="377"/>
        <location filename="../kompetansekart/ui/staff_view.py" line="378"/>
        <location filename="../kompetansekart/ui/staff_view.py" line="380"/>
        <source>Team</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="381"/>
        <source>Teamene på kontoret med antall aktive ansatte</source>
        <translation>The teams of the office with their number of active staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="390"/>
        <source>Nytt tea&amp;m…</source>
        <translation>Ne&amp;w team…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="390"/>
        <location filename="../kompetansekart/ui/staff_view.py" line="618"/>
        <source>Nytt team</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="392"/>
        <source>&amp;Gi nytt navn…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="393"/>
        <location filename="../kompetansekart/ui/staff_view.py" line="628"/>
        <source>Gi teamet nytt navn</source>
        <translation>Rename the team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="395"/>
        <source>Slett te&amp;am…</source>
        <translation>Delete te&amp;am…</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="396"/>
        <source>Slett team</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="467"/>
        <source>Alle team</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="470"/>
        <source>Uten team</source>
        <translation>No team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="491"/>
        <source>Viser {shown} av {total} ansatte</source>
        <translation>Showing {shown} of {total} staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="493"/>
        <source> (og {n} som har sluttet)</source>
        <translation> (and {n} who have left)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="494"/>
        <source> ({n} som har sluttet er skjult)</source>
        <translation> ({n} who have left are hidden)</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="501"/>
        <source>Marker som akt&amp;iv</source>
        <translation>Mar&amp;k as active</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="596"/>
        <source>{a} vurderinger, {m} deltakelser i tiltak og {g} utviklingsmål</source>
        <translation>{a} assessments, {m} places in measures and {g} development goals</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="605"/>
        <source>Slette ansatt</source>
        <translation>Delete employee</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="606"/>
        <source>Slette «{name}» og all historikken?</source>
        <translation>Delete “{name}” and all the history?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="607"/>
        <source>&amp;Slett med historikk</source>
        <translation>&amp;Delete with history</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="608"/>
        <source>Alt som er registrert om personen slettes: {what}. Vil du beholde historikken, velg heller «Marker som sluttet». Du kan angre med Ctrl+Z.</source>
        <translation>Everything recorded about the person is deleted: {what}. To keep the history, choose “Mark as left” instead. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="618"/>
        <location filename="../kompetansekart/ui/staff_view.py" line="628"/>
        <source>&amp;Teamets navn:</source>
        <translation>&amp;Name of the team:</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="620"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="638"/>
        <source>Slette team</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="639"/>
        <source>Slette teamet «{name}»?</source>
        <translation>Delete the team “{name}”?</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="640"/>
        <source>&amp;Slett team</source>
        <translation>&amp;Delete team</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="641"/>
        <source>{n} ansatte blir stående uten team. Ingen ansatte eller vurderinger slettes.</source>
        <translation>{n} staff are left without a team. No staff or assessments are deleted.</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="649"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
</context>
<context>
    <name>SummaryPreviewDialog</name>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="143"/>
        <source>Forhåndsvisning av anonym oppsummering</source>
        <extracomment>Tables whose change redraws the view. Asks for a file to save: (parent, title, suggested path, filter) -&gt; chosen path or &quot;&quot;. Asks for a file to open: (parent, title, filter) -&gt; chosen path or &quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="150"/>
        <source>Dette er alt som sendes til fylket. Oppsummeringen har ingen navn, ingen person-ID-er og ingen notater. Tall fra 1 til {small} vises som «&lt;{k}», og noen flere tall er skjult («&lt;{k}» eller «x») slik at et skjult tall ikke kan regnes ut fra summene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="158"/>
        <source>Oppsummeringen slik fylket ser den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="164"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="166"/>
        <source>Nøyaktig filinnhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="165"/>
        <source>Slik fylket ser den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="168"/>
        <source>&amp;Lagre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="198"/>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="198"/>
        <source>Ikke vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="199"/>
        <source>Med mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="199"/>
        <source>Når målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="199"/>
        <source>Med gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="200"/>
        <source>Ukjent gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="200"/>
        <source>Krav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="200"/>
        <source>Sårbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="217"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="217"/>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="217"/>
        <source>skjult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="230"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="230"/>
        <location filename="../kompetansekart/ui/sharing_view.py" line="248"/>
        <source>Kompetanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="231"/>
        <source>Timer per deltaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="231"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="232"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="232"/>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="233"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="248"/>
        <source>Bestilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/sharing_view.py" line="249"/>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachModel</name>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="275"/>
        <source>Kompetanse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="275"/>
        <source>Kategori</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="275"/>
        <source>Vurdert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="276"/>
        <source>Kan hjelpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="295"/>
        <source>1 kollega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="296"/>
        <source>%1 kolleger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/experts_view.py" line="300"/>
        <source>Kolleger som mangler nivået rollen krever, eller som ikke er vurdert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../kompetansekart/ui/staff_view.py" line="270"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="52"/>
        <source>Oversikt</source>
        <extracomment>The view titles of ui/views.py spelled out, so lupdate (which cannot follow the helper there) puts them in the translation file under the context they are translated with.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="52"/>
        <source>Ansatte</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="53"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="53"/>
        <source>Kompetansekatalog</source>
        <translation>Competence catalogue</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="54"/>
        <source>Kartlegging</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="54"/>
        <source>Hvem kan hva</source>
        <translation>Who knows what</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="55"/>
        <source>Varmekart</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="55"/>
        <source>Kompetanseplan</source>
        <translation>Competence plan</translation>
    </message>
    <message>
        <location filename="../kompetansekart/ui/main_window.py" line="56"/>
        <source>Deling med fylket</source>
        <translation>Sharing with the county</translation>
    </message>
</context>
</TS>
