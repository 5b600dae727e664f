<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BackTrainer</source>
        <translation>Über BackTrainer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Hands-free back and upper-body workouts for runners.</source>
        <translation>Freihändiges Rücken- und Oberkörpertraining für Läuferinnen und Läufer.</translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or any later version).</source>
        <translation>Lizenz: %1 (GNU General Public License, Version 3 oder jede spätere Version).</translation>
    </message>
    <message>
        <source>The bundled routines and their sources</source>
        <translation>Die mitgelieferten Programme und ihre Quellen</translation>
    </message>
    <message>
        <source>The exercises, doses and structure are the sources&apos;; the instructions are written in BackTrainer&apos;s own words, and any move BackTrainer added is marked as added.</source>
        <translation>Übungen, Umfang und Aufbau stammen aus den Quellen; die Anleitungen sind in BackTrainers eigenen Worten geschrieben, und jede von BackTrainer ergänzte Übung ist als ergänzt markiert.</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Abwärmen</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Interval settings apply to the main blocks only.</source>
        <translation>Die Intervall-Einstellungen gelten nur für die Hauptblöcke.</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Zirkel</translation>
    </message>
    <message>
        <source>Superset</source>
        <translation>Supersatz</translation>
    </message>
    <message>
        <source>Straight sets</source>
        <translation>Satz für Satz</translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation>S&amp;truktur</translation>
    </message>
    <message>
        <source>Circuit and superset: every move once, then again for each round. Straight sets: all sets of one move, then the next move.</source>
        <translation>Zirkel und Supersatz: jede Übung einmal, dann erneut in jeder Runde. Satz für Satz: alle Sätze einer Übung, dann die nächste Übung.</translation>
    </message>
    <message>
        <source>As the routine</source>
        <translation>Wie die Routine</translation>
    </message>
    <message>
        <source>Roun&amp;ds</source>
        <translation>Ru&amp;nden</translation>
    </message>
    <message>
        <source>Main blocks: the routine&apos;s rounds; warm-up and cool-down: one.</source>
        <translation>Hauptblöcke: die Runden der Routine; Aufwärmen und Abwärmen: eine.</translation>
    </message>
    <message>
        <source>Both sides, move by move</source>
        <translation>Beide Seiten, Übung für Übung</translation>
    </message>
    <message>
        <source>Whole circuit per side</source>
        <translation>Ganzer Zirkel pro Seite</translation>
    </message>
    <message>
        <source>&amp;One-sided moves</source>
        <translation>E&amp;inseitige Übungen</translation>
    </message>
    <message>
        <source>Both sides of a move before the next move, or the whole circuit on one side, then the whole circuit on the other.</source>
        <translation>Beide Seiten einer Übung vor der nächsten Übung, oder der ganze Zirkel auf einer Seite, dann der ganze Zirkel auf der anderen.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>&amp;First side</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <source>Rest &amp;between moves</source>
        <translation>Pause zwischen Ü&amp;bungen</translation>
    </message>
    <message>
        <source>Rest between ro&amp;unds</source>
        <translation>Pause zwischen Run&amp;den</translation>
    </message>
    <message>
        <source>Rest &amp;after the block</source>
        <translation>P&amp;ause nach dem Block</translation>
    </message>
    <message>
        <source>As the routine ({rounds})</source>
        <translation>Wie die Routine ({rounds})</translation>
    </message>
    <message>
        <source>One (not set)</source>
        <translation>Eine (nicht gesetzt)</translation>
    </message>
    <message>
        <source>As the routine ({seconds} s)</source>
        <translation>Wie die Routine ({seconds} s)</translation>
    </message>
</context>
<context>
    <name>DefaultsDialog</name>
    <message>
        <source>Default intervals</source>
        <translation>Standard-Intervalle</translation>
    </message>
    <message>
        <source>each routine&apos;s own</source>
        <translation>wie die Routine</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>Used by every routine unless its own settings say otherwise.</source>
        <translation>Gilt für jede Routine, sofern ihre eigenen Einstellungen nichts anderes sagen.</translation>
    </message>
</context>
<context>
    <name>FitExportButton</name>
    <message>
        <source>E&amp;xport to Garmin/Strava (FIT)</source>
        <translation>Nach Garmin/Strava e&amp;xportieren (FIT)</translation>
    </message>
    <message>
        <source>Save sessions as FIT activity files, one per session, into a folder: for Garmin Connect and Strava</source>
        <translation>Einheiten als FIT-Aktivitätsdateien in einen Ordner speichern, eine pro Einheit: für Garmin Connect und Strava</translation>
    </message>
    <message>
        <source>The &amp;selected sessions…</source>
        <translation>Die a&amp;usgewählten Einheiten…</translation>
    </message>
    <message>
        <source>&amp;Every session shown…</source>
        <translation>&amp;Alle angezeigten Einheiten…</translation>
    </message>
    <message>
        <source>Export to Garmin/Strava (FIT): choose a folder</source>
        <translation>Nach Garmin/Strava exportieren (FIT): Ordner wählen</translation>
    </message>
    <message>
        <source>No session to export as FIT: none of them has a set done.</source>
        <translation>Keine Einheit zum Export als FIT: Keine hat einen erledigten Satz.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>Export nach %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Could not export: %1.</source>
        <translation>Export fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>upload them in Garmin Connect (Import Data) or Strava (Upload activity)</source>
        <translation>lade sie in Garmin Connect (Daten importieren) oder Strava (Aktivität hochladen) hoch</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n FIT file(s) to %1</source>
        <translation>
            <numerusform>%n FIT-Datei nach %1 exportiert</numerusform>
            <numerusform>%n FIT-Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a set done left out</source>
        <translation>
            <numerusform>%n Einheit ohne erledigten Satz ausgelassen</numerusform>
            <numerusform>%n Einheiten ohne erledigten Satz ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Routine filter</source>
        <translation>Routinenfilter</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Sho&amp;w short sessions</source>
        <translation>&amp;Kurze Einheiten</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Angezeigte Einheiten</translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <translation>R&amp;outine</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Zeitrau&amp;m</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>A short session was stopped before its first set was done (an accidental start, say). It is kept, but counts in no number: not this week, not the streak, not the totals.</source>
        <translation>Eine kurze Einheit wurde vor dem Ende ihres ersten Satzes beendet (etwa ein versehentlicher Start). Sie bleibt erhalten, zählt aber nirgends mit: nicht diese Woche, nicht in der Serie, nicht in den Summen.</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Routinen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) and {short} short shown</source>
        <translation>
            <numerusform>%n Einheit und {short} kurze angezeigt</numerusform>
            <numerusform>%n Einheiten und {short} kurze angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n Einheit angezeigt</numerusform>
            <numerusform>%n Einheiten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n resumed part(s))</source>
        <translation>
            <numerusform> (+%n fortgesetzter Teil)</numerusform>
            <numerusform> (+%n fortgesetzte Teile)</numerusform>
        </translation>
    </message>
    <message>
        <source>A resumed part continues an interrupted session: one workout.</source>
        <translation>Ein fortgesetzter Teil setzt eine unterbrochene Einheit fort: ein Training.</translation>
    </message>
</context>
<context>
    <name>HistoryLayout</name>
    <message>
        <source>← &amp;Back to routines</source>
        <translation>← &amp;Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save the sessions shown in the table to a file</source>
        <translation>Die in der Tabelle angezeigten Einheiten in eine Datei speichern</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>The history is read-only here: editing and deleting are off.</source>
        <translation>Der Verlauf ist hier schreibgeschützt: Bearbeiten und Löschen sind aus.</translation>
    </message>
    <message>
        <source>Deleted {count} sessions</source>
        <translation>{count} Einheiten gelöscht</translation>
    </message>
    <message>
        <source>Deleted the session of an unknown date</source>
        <translation>Einheit mit unbekanntem Datum gelöscht</translation>
    </message>
    <message>
        <source>Deleted the session of {when}</source>
        <translation>Einheit vom {when} gelöscht</translation>
    </message>
</context>
<context>
    <name>HistorySummaryPanel</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Weekly &amp;goal</source>
        <translation>&amp;Wochenziel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes per week&lt;/b&gt;, last 12 weeks</source>
        <translation>&lt;b&gt;Minuten pro Woche&lt;/b&gt;, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Totals per routine</source>
        <translation>Summen pro Routine</translation>
    </message>
    <message>
        <source>Goal reached ✓</source>
        <translation>Ziel erreicht ✓</translation>
    </message>
    <message numerus="yes">
        <source>%n more to reach the goal</source>
        <translation>
            <numerusform>noch %n bis zum Ziel</numerusform>
            <numerusform>noch %n bis zum Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} of {goal}&lt;/span&gt; sessions · {time}&lt;br&gt;{progress}</source>
        <translation>Diese Woche&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} von {goal}&lt;/span&gt; Einheiten · {time}&lt;br&gt;{progress}</translation>
    </message>
    <message>
        <source>This week&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} of {goal}&lt;/span&gt; planned · {time}&lt;br&gt;{progress}</source>
        <translation>Diese Woche&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} von {goal}&lt;/span&gt; geplanten · {time}&lt;br&gt;{progress}</translation>
    </message>
    <message>
        <source>Your weekly plan sets the goal (Settings &gt; Weekly plan)</source>
        <translation>Dein Wochenplan gibt das Ziel vor (Einstellungen &gt; Wochenplan)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak&lt;br&gt;{weeks} in a row at the goal</source>
        <translation>Serie&lt;br&gt;{weeks} in Folge am Ziel</translation>
    </message>
    <message>
        <source>Streak&lt;br&gt;{weeks}&lt;br&gt;Meet the goal this week to start one</source>
        <translation>Serie&lt;br&gt;{weeks}&lt;br&gt;Erreiche diese Woche das Ziel, um eine zu starten</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All time&lt;/b&gt;: %n session(s), {time}</source>
        <translation>
            <numerusform>&lt;b&gt;Insgesamt&lt;/b&gt;: %n Einheit, {time}</numerusform>
            <numerusform>&lt;b&gt;Insgesamt&lt;/b&gt;: %n Einheiten, {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not read the history: {problem}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>Could not save the change: {problem}</source>
        <translation>Die Änderung konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}</source>
        <translation>Noch nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <source>This session is still being recorded: it cannot be deleted.</source>
        <translation>Diese Einheit wird noch aufgezeichnet: sie kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The session still being recorded was not deleted.</source>
        <translation>Die Einheit, die noch aufgezeichnet wird, wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The {count} sessions still being recorded were not deleted.</source>
        <translation>Die {count} Einheiten, die noch aufgezeichnet werden, wurden nicht gelöscht.</translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation>Einheit wiederhergestellt.</translation>
    </message>
    <message>
        <source>{count} sessions restored.</source>
        <translation>{count} Einheiten wiederhergestellt.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>The goal could not be saved: {problem}</source>
        <translation>Das Ziel konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Export history as {format}</source>
        <translation>Verlauf als {format} exportieren</translation>
    </message>
    <message>
        <source>No sessions to export: the table is empty.</source>
        <translation>Keine Einheiten zum Exportieren: die Tabelle ist leer.</translation>
    </message>
    <message>
        <source>Could not export to {path}: {problem}.</source>
        <translation>Export nach {path} fehlgeschlagen: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n Einheit nach {path} exportiert.</numerusform>
            <numerusform>%n Einheiten nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Der Protokollordner ließ sich nicht öffnen. Er liegt unter %1</translation>
    </message>
    <message>
        <source>Leave full screen  [F]</source>
        <translation>Vollbild beenden  [F]</translation>
    </message>
    <message>
        <source>Full screen  [F]</source>
        <translation>Vollbild  [F]</translation>
    </message>
    <message>
        <source>Stop this workout now? What you did so far is kept.</source>
        <translation>Das Training jetzt beenden? Was du bisher geschafft hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <source>Stop the workout and quit? What you did so far is kept.</source>
        <translation>Training beenden und BackTrainer schließen? Was du bisher geschafft hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Quit BackTrainer?</source>
        <translation>BackTrainer beenden?</translation>
    </message>
    <message>
        <source>A workout is running</source>
        <translation>Ein Training läuft</translation>
    </message>
    <message>
        <source>Preparing the voice…</source>
        <translation>Die Stimme wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>MicCheck</name>
    <message>
        <source>Say “pause” now…</source>
        <translation>Sag jetzt „pause“ (englisch)…</translation>
    </message>
    <message>
        <source>Heard “pause”: voice commands work with this microphone.</source>
        <translation>„pause“ gehört: Sprachbefehle funktionieren mit diesem Mikrofon.</translation>
    </message>
    <message>
        <source>Nothing was heard. Is the microphone on, and close enough? The meter should move as you speak.</source>
        <translation>Nichts gehört. Ist das Mikrofon an und nah genug? Die Anzeige sollte sich beim Sprechen bewegen.</translation>
    </message>
    <message>
        <source>Heard “%1”, another command; say “pause”.</source>
        <translation>„%1“ gehört, ein anderer Befehl; sag „pause“.</translation>
    </message>
    <message>
        <source>Heard something (“%1”), not a command; say “pause” again.</source>
        <translation>Etwas gehört („%1“), aber keinen Befehl; sag noch einmal „pause“.</translation>
    </message>
</context>
<context>
    <name>MoveForm</name>
    <message>
        <source>Move</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation>Beide Seiten gleichzeitig</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Jede Seite nacheinander</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Seiten im Wechsel</translation>
    </message>
    <message>
        <source>Seesaw (one side lifts as the other lowers)</source>
        <translation>Wippe (eine Seite hebt, während die andere senkt)</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>Sei&amp;ten</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Auf Zeit</translation>
    </message>
    <message>
        <source>Reps, paced by a tempo</source>
        <translation>Wiederholungen im Tempo</translation>
    </message>
    <message>
        <source>D&amp;ose</source>
        <translation>&amp;Vorgabe</translation>
    </message>
    <message>
        <source>Per side for one-sided moves.</source>
        <translation>Pro Seite bei einseitigen Übungen.</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>The routine&apos;s work time</source>
        <translation>Arbeitszeit der Routine</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>&amp;Up (lift)</source>
        <translation>He&amp;ben (hoch)</translation>
    </message>
    <message>
        <source>&amp;Hold at the top</source>
        <translation>Halt&amp;en oben</translation>
    </message>
    <message>
        <source>Do&amp;wn (lower)</source>
        <translation>Se&amp;nken (runter)</translation>
    </message>
    <message>
        <source>P&amp;ause at the bottom</source>
        <translation>P&amp;ause unten</translation>
    </message>
    <message>
        <source>As many as &amp;comfortable</source>
        <translation>So viele wie be&amp;quem</translation>
    </message>
    <message>
        <source>The reps are then the most, not a target.</source>
        <translation>Die Wiederholungen sind dann ein Höchstwert, kein Ziel.</translation>
    </message>
</context>
<context>
    <name>MoveRow</name>
    <message>
        <source> reps</source>
        <translation> Wdh.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie vorgesehen</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Blocks and moves</source>
        <translation>Blöcke und Übungen</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>im Wechsel</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>Wippe</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>cool-down</source>
        <translation>Abwärmen</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s)</source>
        <translation>
            <numerusform>bis zu %n Wdh.</numerusform>
            <numerusform>bis zu %n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>work time</source>
        <translation>Arbeitszeit</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Geplante Schritte</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Total {time}{mode} · %n set(s)</source>
        <translation>
            <numerusform>Gesamt {time}{mode} · %n Satz</numerusform>
            <numerusform>Gesamt {time}{mode} · %n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Total —</source>
        <translation>Gesamt –</translation>
    </message>
    <message>
        <source>No plan while the routine is not valid: {reason}</source>
        <translation>Kein Plan, solange die Routine ungültig ist: {reason}</translation>
    </message>
</context>
<context>
    <name>ProgressionOffer</name>
    <message>
        <source>Ready for more?</source>
        <translation>Bereit für mehr?</translation>
    </message>
    <message>
        <source>Accept %1 x %2</source>
        <translation>%1 × %2 übernehmen</translation>
    </message>
    <message>
        <source>Accept %1 %2 x %3</source>
        <translation>%1: %2 × %3 übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>When you finish every set of a move in full, BackTrainer proposes %n more reps per set next time, up to the move&apos;s target.</source>
        <translation>
            <numerusform>Schaffst du alle Sätze einer Übung vollständig, schlägt BackTrainer beim nächsten Mal %n Wiederholung mehr pro Satz vor, bis zum Ziel der Übung.</numerusform>
            <numerusform>Schaffst du alle Sätze einer Übung vollständig, schlägt BackTrainer beim nächsten Mal %n Wiederholungen mehr pro Satz vor, bis zum Ziel der Übung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 x %3 done in full. Next time %2 x %4 (target %5 x %6)?</source>
        <translation>%1: %2 × %3 vollständig geschafft. Nächstes Mal %2 × %4 (Ziel %5 × %6)?</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>%1: %2 x %3 from next time.</source>
        <translation>%1: %2 × %3 ab dem nächsten Mal.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Programmdateien (*.json)</translation>
    </message>
    <message>
        <source>Your own copy of “%1”, saved as %2 in your routines folder. The original stays as it is.</source>
        <translation>Deine eigene Kopie von „%1“, gespeichert als %2 in deinem Programmordner. Das Original bleibt unverändert.</translation>
    </message>
    <message>
        <source>Your routine, in %1.</source>
        <translation>Dein Programm, in %1.</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>Das Programm wurde nicht importiert</translation>
    </message>
    <message>
        <source>Imported “%1” into %2.</source>
        <translation>„%1“ nach %2 importiert.</translation>
    </message>
    <message>
        <source>%1

Could not write the file: %2</source>
        <translation>%1

Die Datei ließ sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>Das Programm wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Bundled routine</source>
        <translation>Mitgeliefertes Programm</translation>
    </message>
    <message>
        <source>“%1” comes with BackTrainer and cannot be deleted.</source>
        <translation>„%1“ gehört zu BackTrainer und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>„%1“ gelöscht (%2).</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>Das Programm wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>„%1“ unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>Dein Programm ersetzen?</translation>
    </message>
    <message>
        <source>You already have a routine with the id %1 (“%2”, %3). Replace it with the imported one?</source>
        <translation>Du hast schon ein Programm mit der ID %1 („%2“, %3). Durch das importierte ersetzen?</translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation>Programm löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”? Its file %2 is removed; the history of the workouts you did with it is kept.</source>
        <translation>„%1“ löschen? Die Datei %2 wird entfernt; der Verlauf der Trainings damit bleibt erhalten.</translation>
    </message>
    <message>
        <source>the system refused it (Help &gt; Show the log folder has the details)</source>
        <translation>das System hat es abgelehnt (Details unter Hilfe &gt; Protokollordner zeigen)</translation>
    </message>
    <message>
        <source>File: %1
Where: %2
Why: %3</source>
        <translation>Datei: %1
Stelle: %2
Grund: %3</translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n Min.</numerusform>
            <numerusform>etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>✚ added by BackTrainer</source>
        <translation>✚ von BackTrainer ergänzt</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>tempo up</source>
        <translation>Tempo hoch</translation>
    </message>
    <message>
        <source>tempo hold</source>
        <translation>Tempo halten</translation>
    </message>
    <message>
        <source>tempo down</source>
        <translation>Tempo runter</translation>
    </message>
    <message>
        <source>progression target</source>
        <translation>Steigerungsziel</translation>
    </message>
    <message>
        <source>variation dose</source>
        <translation>Dosis der Variante</translation>
    </message>
    <message>
        <source>✚ %1 assumed by BackTrainer</source>
        <translation>✚ %1 von BackTrainer angenommen</translation>
    </message>
    <message>
        <source>, each side</source>
        <translation>, jede Seite</translation>
    </message>
    <message>
        <source>, alternating sides</source>
        <translation>, Seiten im Wechsel</translation>
    </message>
    <message>
        <source>, seesaw (one side lifts as the other lowers)</source>
        <translation>, gegengleich (eine Seite hebt, während die andere senkt)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>im Wechsel</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>gegengleich</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>pro Seite</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Set-up (%1 s):</source>
        <translation>Vorbereitung (%1 s):</translation>
    </message>
    <message>
        <source>Form cue:</source>
        <translation>Technik-Tipp:</translation>
    </message>
    <message>
        <source>Uses:</source>
        <translation>Braucht:</translation>
    </message>
    <message>
        <source>Works:</source>
        <translation>Trainiert:</translation>
    </message>
    <message>
        <source>Progression:</source>
        <translation>Steigerung:</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>, hold %1 s</source>
        <translation>, %1 s halten</translation>
    </message>
    <message>
        <source>, pause %1 s</source>
        <translation>, %1 s Pause</translation>
    </message>
    <message>
        <source>%1 s up%2, %3 s down%4</source>
        <translation>%1 s hoch%2, %3 s runter%4</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>work interval</source>
        <translation>Trainingsintervall</translation>
    </message>
    <message>
        <source>, left side first</source>
        <translation>, links beginnen</translation>
    </message>
    <message>
        <source>, right side first</source>
        <translation>, rechts beginnen</translation>
    </message>
    <message>
        <source>both sides at once</source>
        <translation>beide Seiten gleichzeitig</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>bereit machen</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>Pause zwischen den Runden</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 pro Seite</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit routine — {title}</source>
        <translation>Routine bearbeiten – {title}</translation>
    </message>
    <message>
        <source>Add bloc&amp;k</source>
        <translation>Bloc&amp;k hinzufügen</translation>
    </message>
    <message>
        <source>Add mo&amp;ve</source>
        <translation>Übung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Show th&amp;e problem</source>
        <translation>&amp;Problem zeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Schließen ohne zu speichern (Esc)</translation>
    </message>
    <message>
        <source>⚠ {where}: {reason}</source>
        <translation>⚠ {where}: {reason}</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Close the editor and lose the changes made to this routine?</source>
        <translation>Editor schließen und die Änderungen an dieser Routine verlieren?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocks and moves&lt;/b&gt;</source>
        <translation>&lt;b&gt;Blöcke und Übungen&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Vorbereitung</translation>
    </message>
    <message>
        <source>&amp;Work (timed moves)</source>
        <translation>&amp;Arbeit (Übungen auf Zeit)</translation>
    </message>
    <message>
        <source>&amp;Rest between moves</source>
        <translation>Pause zwischen Ü&amp;bungen</translation>
    </message>
    <message>
        <source>Rest between r&amp;ounds</source>
        <translation>Pause zwischen &amp;Runden</translation>
    </message>
    <message>
        <source>Roun&amp;ds</source>
        <translation>Ru&amp;nden</translation>
    </message>
    <message>
        <source>Switc&amp;h sides</source>
        <translation>Seiten&amp;wechsel</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Saved as &lt;id&gt;.json in your routines folder; the id stays.</source>
        <translation>Gespeichert als &lt;id&gt;.json in deinem Routinen-Ordner; die ID bleibt.</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Datei-ID</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Defaults for the main blocks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Standardwerte für die Hauptblöcke&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Modes with their own intervals ({modes}) keep them; the preview shows the first mode, {first}.</source>
        <translation>Modi mit eigenen Intervallen ({modes}) behalten sie; die Vorschau zeigt den ersten Modus, {first}.</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Programme werden geladen …</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Programmdetails</translation>
    </message>
    <message>
        <source>Start  [Enter]</source>
        <translation>Start  [Enter]</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>An&amp;passen…</translation>
    </message>
    <message>
        <source>Work and rest times, rounds, tempo, each move&apos;s dose</source>
        <translation>Trainings- und Pausenzeiten, Runden, Tempo, Umfang jeder Übung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Duplicate and &amp;edit…</source>
        <translation>Duplizieren und &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Make your own copy of this routine and change it (Ctrl+D)</source>
        <translation>Eine eigene Kopie dieses Programms anlegen und ändern (Strg+D)</translation>
    </message>
    <message>
        <source> · your routine</source>
        <translation> · dein Programm</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Schwerpunkt: %1</translation>
    </message>
    <message>
        <source>Some routine files could not be loaded:</source>
        <translation>Einige Programmdateien ließen sich nicht laden:</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n Min.</numerusform>
            <numerusform>etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
</context>
<context>
    <name>SessionDetailsPane</name>
    <message>
        <source>Move</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>Im Wechsel</translation>
    </message>
    <message>
        <source>Seesaw</source>
        <translation>Wippe</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Verkürzt</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Unbekanntes Datum</translation>
    </message>
    <message>
        <source>Time {time} of {planned} (work {work} of {planned_work}) · Sets {sets} of {planned_sets}</source>
        <translation>Zeit {time} von {planned} (Arbeit {work} von {planned_work}) · Sätze {sets} von {planned_sets}</translation>
    </message>
    <message>
        <source>Continues an interrupted session.</source>
        <translation>Setzt eine unterbrochene Einheit fort.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Details der Einheit</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Effort, 1 to 10</source>
        <translation>Anstrengung, 1 bis 10</translation>
    </message>
    <message>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation>Wie anstrengend es war: 1 sehr leicht, 10 maximal</translation>
    </message>
    <message>
        <source>S&amp;ave notes  [Ctrl+S]</source>
        <translation>Notizen &amp;speichern  [Strg+S]</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Effort</source>
        <translation>Ans&amp;trengung</translation>
    </message>
    <message>
        <source>No sessions yet: finish a workout and it shows here.</source>
        <translation>Noch keine Einheiten: beende ein Training, dann erscheint es hier.</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>Keine Einheit ausgewählt.</translation>
    </message>
    <message>
        <source>How did it go? Saved with the session.</source>
        <translation>Wie lief es? Wird mit der Einheit gespeichert.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
</context>
<context>
    <name>SessionListPane</name>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>&amp;Delete  [Del]</source>
        <translation>&amp;Löschen  [Entf]</translation>
    </message>
    <message>
        <source>Delete the sessions selected (Shift or Ctrl+click to select more)</source>
        <translation>Die ausgewählten Einheiten löschen (Umschalt- oder Strg-Klick wählt weitere aus)</translation>
    </message>
    <message>
        <source>&amp;Undo  [Ctrl+Z]</source>
        <translation>Rückgän&amp;gig  [Strg+Z]</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n session(s)  [Del]</source>
        <translation>
            <numerusform>%n Einheit &amp;löschen  [Entf]</numerusform>
            <numerusform>%n Einheiten &amp;löschen  [Entf]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Continues an interrupted session</source>
        <translation>Setzt eine unterbrochene Einheit fort</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>Next time: {move}, {sets} x {reps}.</source>
        <translation>Nächstes Mal: {move}, {sets} × {reps}.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SetupControl</name>
    <message>
        <source>No weekly plan to export yet: make one in Settings &gt; Weekly plan.</source>
        <translation>Noch kein Wochenplan zum Exportieren: Erstelle einen unter Einstellungen &gt; Wochenplan.</translation>
    </message>
    <message>
        <source>Not exported: %1.</source>
        <translation>Nicht exportiert: %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>Export nach %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Exported %1 weekly events (%2 time) to %3.</source>
        <translation>%1 wöchentliche Termine (Zeitzone %2) nach %3 exportiert.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>&amp;Vorbereitung:</translation>
    </message>
    <message>
        <source>&amp;Work time:</source>
        <translation>Ar&amp;beitszeit:</translation>
    </message>
    <message>
        <source>R&amp;est between moves:</source>
        <translation>Pa&amp;use zwischen Übungen:</translation>
    </message>
    <message>
        <source>Rest between r&amp;ounds:</source>
        <translation>Pause zwischen &amp;Runden:</translation>
    </message>
    <message>
        <source>Ro&amp;unds:</source>
        <translation>Ru&amp;nden:</translation>
    </message>
    <message>
        <source>&amp;Switch-sides pause:</source>
        <translation>Seiten&amp;wechsel:</translation>
    </message>
    <message>
        <source>&amp;Tempo scale:</source>
        <translation>&amp;Tempo-Faktor:</translation>
    </message>
    <message>
        <source>Adjust {title}</source>
        <translation>{title} anpassen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>&amp;Reset to the routine&apos;s defaults</source>
        <translation>&amp;Zurücksetzen auf die Werte der Routine</translation>
    </message>
    <message>
        <source>Intervals (main blocks)</source>
        <translation>Intervalle (Hauptteil)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>routine: {seconds} s</source>
        <translation>Routine: {seconds} s</translation>
    </message>
    <message>
        <source>routine: work time</source>
        <translation>Routine: Arbeitszeit</translation>
    </message>
    <message numerus="yes">
        <source>routine: %n rep(s)</source>
        <translation>
            <numerusform>Routine: %n Wdh.</numerusform>
            <numerusform>Routine: %n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>Standard: {value}</translation>
    </message>
    <message>
        <source> · the source recommends {low} to {high}</source>
        <translation> · die Quelle empfiehlt {low} bis {high}</translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps or has its own length</source>
        <translation>Ungenutzt: in {mode} zählt jede Übung Wiederholungen oder hat eine eigene Dauer</translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps</source>
        <translation>Ungenutzt: in {mode} zählt jede Übung Wiederholungen</translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps or has its own length</source>
        <translation>Ungenutzt: hier zählt jede Übung Wiederholungen oder hat eine eigene Dauer</translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps</source>
        <translation>Ungenutzt: hier zählt jede Übung Wiederholungen</translation>
    </message>
    <message>
        <source>Estimated total: — (fix the values marked in red)</source>
        <translation>Geschätzte Dauer: – (korrigiere die rot markierten Werte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated total: {total}&lt;/b&gt; (about {minutes} min; with the routine&apos;s defaults {as_written})</source>
        <translation>&lt;b&gt;Geschätzte Dauer: {total}&lt;/b&gt; (etwa {minutes} Min.; mit den Werten der Routine {as_written})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Type to find a key or what it does</source>
        <translation>Taste oder Funktion suchen</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Kein Tastenkürzel passt.</translation>
    </message>
    <message>
        <source>Space or the media key</source>
        <translation>Leertaste oder Medientaste</translation>
    </message>
    <message>
        <source>Right or N</source>
        <translation>Rechts oder N</translation>
    </message>
    <message>
        <source>Left or B</source>
        <translation>Links oder B</translation>
    </message>
    <message>
        <source>F or F11</source>
        <translation>F oder F11</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Workout: pause / resume</source>
        <translation>Training: Pause / weiter</translation>
    </message>
    <message>
        <source>Workout: next step</source>
        <translation>Training: nächster Schritt</translation>
    </message>
    <message>
        <source>Workout: back (restarts the step after 3 s)</source>
        <translation>Training: zurück (nach 3 s startet der Schritt neu)</translation>
    </message>
    <message>
        <source>Workout: add 10 s to this step (a rep set: give back reps taken off)</source>
        <translation>Training: 10 s zu diesem Schritt hinzufügen (Wiederholungssatz: weggenommene Wiederholungen zurückgeben)</translation>
    </message>
    <message>
        <source>Workout: remove 10 s from this step (a rep set: whole reps)</source>
        <translation>Training: 10 s von diesem Schritt abziehen (Wiederholungssatz: ganze Wiederholungen)</translation>
    </message>
    <message>
        <source>Workout: full screen, or leave it</source>
        <translation>Training: Vollbild ein oder aus</translation>
    </message>
    <message>
        <source>Workout: leave full screen, then stop (asks first)</source>
        <translation>Training: Vollbild verlassen, dann beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Routines: start the selected routine</source>
        <translation>Programme: das gewählte Programm starten</translation>
    </message>
    <message>
        <source>Workout: show or hide the move&apos;s form points and safety line</source>
        <translation>Training: Technikhinweise und Sicherheitshinweis der Übung zeigen oder ausblenden</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Workout complete — well done!</source>
        <translation>Training geschafft – gut gemacht!</translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <source>Time: %1 of %2 planned</source>
        <translation>Zeit: %1 von %2 geplant</translation>
    </message>
    <message>
        <source>Sets done: %1 of %2</source>
        <translation>Sätze geschafft: %1 von %2</translation>
    </message>
    <message>
        <source>Skipped or cut short:</source>
        <translation>Übersprungen oder abgekürzt:</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Time changed:</source>
        <translation>Zeit geändert:</translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Back to routines  [Enter]</source>
        <translation>Zurück zu den Programmen  [Enter]</translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>● Listening</source>
        <translation>● Hört zu</translation>
    </message>
    <message>
        <source>○ Not listening: %1</source>
        <translation>○ Hört nicht zu: %1</translation>
    </message>
    <message>
        <source>listening stopped (see the log).</source>
        <translation>Zuhören beendet (siehe Protokoll).</translation>
    </message>
    <message>
        <source>%1 Check the microphone in Settings &gt; Voice; the keys work as always.</source>
        <translation>%1 Prüfe das Mikrofon unter Einstellungen &gt; Stimme; die Tasten funktionieren wie immer.</translation>
    </message>
    <message>
        <source>Stop the workout? Say “yes”.</source>
        <translation>Training beenden? Sag „yes“.</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Gehört: %1</translation>
    </message>
    <message>
        <source>Listening for voice commands</source>
        <translation>Hört auf Sprachbefehle</translation>
    </message>
    <message>
        <source>Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout” (in English)</source>
        <translation>Sag „pause“, „continue“, „skip ahead“, „go back“, „repeat“ oder „cancel workout“ (englisch)</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>The voice, its rate and volume, the beeps and Test need a voice; the choices below still set what the captions show.</source>
        <translation>Stimme, Geschwindigkeit, Lautstärke, Pieptöne und Testen brauchen eine Sprachausgabe; die Auswahl darunter bestimmt trotzdem, was die Untertitel zeigen.</translation>
    </message>
    <message>
        <source>Words (up, hold, down)</source>
        <translation>Wörter (hoch, halten, runter)</translation>
    </message>
    <message>
        <source>Sounds (rising and falling tones)</source>
        <translation>Töne (steigend und fallend)</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Nur zählen</translation>
    </message>
    <message>
        <source>As the system (LANG)</source>
        <translation>Wie das System (LANG)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> Wörter/Min.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Beep on the last three seconds</source>
        <translation>Piepton in den letzten drei Sekunden</translation>
    </message>
    <message>
        <source>In a rep set, how each lift, hold and lowering is given. The count and the side are always said.</source>
        <translation>Wie in einem Wiederholungssatz jedes Heben, Halten und Senken angesagt wird. Zählung und Seite werden immer gesagt.</translation>
    </message>
    <message>
        <source>&amp;Form reminders (once per move)</source>
        <translation>&amp;Hinweise zur Ausführung (einmal pro Übung)</translation>
    </message>
    <message>
        <source>A move&apos;s short form cue (“Hips back, back flat.”), said the first time it comes up in a session.</source>
        <translation>Der kurze Technikhinweis einer Übung („Hüfte nach hinten, Rücken gerade.“), gesagt, wenn sie zum ersten Mal in einer Einheit vorkommt.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;1 Voice</source>
        <translation>&amp;1 Stimme</translation>
    </message>
    <message>
        <source>&amp;2 Voice commands</source>
        <translation>&amp;2 Sprachbefehle</translation>
    </message>
    <message>
        <source>&amp;Listen for commands (pause, continue, skip ahead, repeat…)</source>
        <translation>Auf &amp;Befehle hören (pause, continue, skip ahead, repeat…)</translation>
    </message>
    <message>
        <source>Voice commands need the speech recogniser: pip install &apos;pocketsphinx&gt;=5&apos;.</source>
        <translation>Sprachbefehle brauchen die Spracherkennung: pip install &apos;pocketsphinx&gt;=5&apos;.</translation>
    </message>
    <message>
        <source>Voice commands need a microphone, and none was found.</source>
        <translation>Sprachbefehle brauchen ein Mikrofon, und es wurde keins gefunden.</translation>
    </message>
    <message>
        <source>Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout” (then “yes”). Heard on this computer only: nothing leaves it.</source>
        <translation>Sag „pause“, „continue“, „skip ahead“, „go back“, „repeat“ oder „cancel workout“ (dann „yes“): Die Befehle sind englisch. Nur dieser Computer hört zu, nichts verlässt ihn.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>&amp;Say “pause” to test</source>
        <translation>&amp;Zum Testen „pause“ sagen</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Standardmikrofon</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Mikrofon</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <source>The language of the cues (at once) and of the window (from the next start).</source>
        <translation>Die Sprache der Ansagen (sofort) und des Fensters (ab dem nächsten Start).</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>T&amp;empo of each rep</source>
        <translation>Tempo jeder &amp;Wiederholung</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>week of {week}: {minutes} min</source>
        <translation>Woche vom {week}: {minutes} Min.</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {minutes} min, %n session(s)</source>
        <translation>
            <numerusform>Woche vom {day}: {minutes} Min., %n Einheit</numerusform>
            <numerusform>Woche vom {day}: {minutes} Min., %n Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <source>Weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>The sessions you plan each week. History measures each week against them, and your calendar can remind you (Export to calendar).</source>
        <translation>Die Einheiten, die du jede Woche planst. Der Verlauf misst jede Woche daran, und dein Kalender kann dich erinnern (In Kalender exportieren).</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Geplante Einheiten</translation>
    </message>
    <message>
        <source>&amp;Planned sessions</source>
        <translation>&amp;Geplante Einheiten</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Add a session</source>
        <translation>Einheit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move  [Del]</source>
        <translation>&amp;Entfernen  [Entf]</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>In Kalender e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>A weekly event for each planned session, with a reminder 15 minutes before</source>
        <translation>Ein wöchentlicher Termin pro geplanter Einheit, mit Erinnerung 15 Minuten vorher</translation>
    </message>
    <message>
        <source>There is no routine to plan.</source>
        <translation>Es gibt kein Programm zum Planen.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n sessions a week.</source>
        <translation>
            <numerusform>Höchstens %n Einheit pro Woche.</numerusform>
            <numerusform>Höchstens %n Einheiten pro Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two sessions on %1 at %2: change one of them.</source>
        <translation>Zwei Einheiten am %1 um %2: Ändere eine davon.</translation>
    </message>
    <message>
        <source>This plan cannot be saved.</source>
        <translation>Dieser Plan kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Export the weekly plan to a calendar</source>
        <translation>Wochenplan in einen Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>GET READY</source>
        <translation>MACH DICH BEREIT</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>PAUSED — press Space to resume</source>
        <translation>PAUSIERT – Leertaste zum Fortsetzen</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>ALTERNATE</source>
        <translation>ABWECHSELND</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>Seiten im Wechsel</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>gegengleich</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>pro Seite</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>im Wechsel</translation>
    </message>
    <message numerus="yes">
        <source>up to %n reps each side</source>
        <translation>
            <numerusform>bis zu %n Wiederholung pro Seite</numerusform>
            <numerusform>bis zu %n Wiederholungen pro Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n reps</source>
        <translation>
            <numerusform>bis zu %n Wiederholung</numerusform>
            <numerusform>bis zu %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps each side</source>
        <translation>
            <numerusform>%n Wiederholung pro Seite</numerusform>
            <numerusform>%n Wiederholungen pro Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>Satz %1</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>bereit machen</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>Pause zwischen den Runden</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>▲ lift</source>
        <translation>▲ heben</translation>
    </message>
    <message>
        <source>■ hold</source>
        <translation>■ halten</translation>
    </message>
    <message>
        <source>▼ lower</source>
        <translation>▼ senken</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>WorkoutView</name>
    <message>
        <source>session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>next up heading</source>
        <translation>Überschrift „Als Nächstes“</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>step progress</source>
        <translation>Fortschritt des Schritts</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>count of</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>◀ Back  [B]</source>
        <translation>◀ Zurück  [B]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pause  [Leertaste]</translation>
    </message>
    <message>
        <source>Next ▶  [N]</source>
        <translation>Weiter ▶  [N]</translation>
    </message>
    <message>
        <source>-10 s  [-]</source>
        <translation>-10 s  [-]</translation>
    </message>
    <message>
        <source>+10 s  [+]</source>
        <translation>+10 s  [+]</translation>
    </message>
    <message>
        <source>Form  [I]</source>
        <translation>Technik  [I]</translation>
    </message>
    <message>
        <source>Full screen  [F]</source>
        <translation>Vollbild  [F]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Stopp  [Esc]</translation>
    </message>
    <message>
        <source>Hide form  [I]</source>
        <translation>Technik ausblenden  [I]</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>stop at a slight strain</source>
        <translation>bei leichter Spannung aufhören</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>Last one!</source>
        <translation>Die letzte Übung!</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Fortsetzen  [Leertaste]</translation>
    </message>
    <message>
        <source>No form points for this move.</source>
        <translation>Keine Technikhinweise für diese Übung.</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>No routine %1 to start.</source>
        <translation>Kein Programm %1 zum Starten.</translation>
    </message>
</context>
<context>
    <name>ask_resume</name>
    <message>
        <source>Unfinished workout</source>
        <translation>Unvollendetes Training</translation>
    </message>
    <message>
        <source>{title}, started {started}, was cut off after {done} of {planned} sets.</source>
        <translation>{title}, begonnen {started}, wurde nach {done} von {planned} Sätzen unterbrochen.</translation>
    </message>
    <message>
        <source>Resume it where it stopped, or keep it in the history as it is?</source>
        <translation>Dort fortsetzen, wo es aufgehört hat, oder so im Verlauf behalten?</translation>
    </message>
    <message>
        <source>Resume at step {step}</source>
        <translation>Bei Schritt {step} fortsetzen</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>So behalten</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most {0} characters</source>
        <translation>darf höchstens {0} Zeichen haben</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>muss mindestens {0} sein</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>darf höchstens {0} sein</translation>
    </message>
    <message>
        <source>use only a-z, 0-9 and single dashes</source>
        <translation>nur a-z, 0-9 und einzelne Bindestriche verwenden</translation>
    </message>
    <message>
        <source>a routine may have at most 1 block</source>
        <translation>eine Routine darf höchstens 1 Block haben</translation>
    </message>
    <message>
        <source>a routine may have at most {count} blocks</source>
        <translation>eine Routine darf höchstens {count} Blöcke haben</translation>
    </message>
    <message>
        <source>a routine needs at least 1 block</source>
        <translation>eine Routine braucht mindestens 1 Block</translation>
    </message>
    <message>
        <source>a routine needs at least {count} blocks</source>
        <translation>eine Routine braucht mindestens {count} Blöcke</translation>
    </message>
    <message>
        <source>a block may have at most 1 move</source>
        <translation>ein Block darf höchstens 1 Übung haben</translation>
    </message>
    <message>
        <source>a block may have at most {count} moves</source>
        <translation>ein Block darf höchstens {count} Übungen haben</translation>
    </message>
    <message>
        <source>a block needs at least 1 move</source>
        <translation>ein Block braucht mindestens 1 Übung</translation>
    </message>
    <message>
        <source>a block needs at least {count} moves</source>
        <translation>ein Block braucht mindestens {count} Übungen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Block “{block}”</source>
        <translation>Block „{block}“</translation>
    </message>
    <message>
        <source>“{block}”, move “{move}”</source>
        <translation>„{block}“, Übung „{move}“</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd dd.MM.yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd dd.MM.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Full screen (F)</source>
        <translation>&amp;Vollbild (F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Adjust this routine…</source>
        <translation>Dieses Programm &amp;anpassen…</translation>
    </message>
    <message>
        <source>&amp;Default intervals…</source>
        <translation>&amp;Standard-Intervalle…</translation>
    </message>
    <message>
        <source>&amp;Voice…</source>
        <translation>S&amp;timme…</translation>
    </message>
    <message>
        <source>&amp;Weekly plan…</source>
        <translation>&amp;Wochenplan…</translation>
    </message>
    <message>
        <source>&amp;Export weekly plan to calendar…</source>
        <translation>Wochenplan in den &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>&amp;Protokollordner zeigen</translation>
    </message>
    <message>
        <source>&amp;About BackTrainer</source>
        <translation>Ü&amp;ber BackTrainer</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>P&amp;rogramm</translation>
    </message>
    <message>
        <source>&amp;Duplicate and edit…</source>
        <translation>&amp;Duplizieren und bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Help &gt; Show the log folder has the details.</source>
        <translation>Details unter Hilfe &gt; Protokollordner zeigen.</translation>
    </message>
    <message>
        <source>No voice could be loaded. Windows has voices built in (Settings &gt; Time &amp; language &gt; Speech); if this stays, reinstall BackTrainer.</source>
        <translation>Keine Stimme ließ sich laden. Windows bringt Stimmen mit (Einstellungen &gt; Zeit und Sprache &gt; Spracherkennung); bleibt das so, installiere BackTrainer neu.</translation>
    </message>
    <message>
        <source>No voice could be loaded. macOS has voices built in (System Settings &gt; Accessibility &gt; Spoken Content); if this stays, reinstall BackTrainer.</source>
        <translation>Keine Stimme ließ sich laden. macOS bringt Stimmen mit (Systemeinstellungen &gt; Bedienungshilfen &gt; Gesprochene Inhalte); bleibt das so, installiere BackTrainer neu.</translation>
    </message>
    <message>
        <source>No voice installed: sudo apt install espeak-ng, then restart BackTrainer.</source>
        <translation>Keine Stimme installiert: sudo apt install espeak-ng, dann BackTrainer neu starten.</translation>
    </message>
    <message>
        <source>No sound output: connect speakers or headphones (or check the system&apos;s sound settings), then restart BackTrainer.</source>
        <translation>Keine Tonausgabe: Schließe Lautsprecher oder Kopfhörer an (oder prüfe die Toneinstellungen des Systems) und starte BackTrainer dann neu.</translation>
    </message>
    <message>
        <source>Until then every cue is shown as a caption.</source>
        <translation>Bis dahin wird jede Ansage als Untertitel gezeigt.</translation>
    </message>
    <message>
        <source>%1 could not be resumed. It stays in the history and is offered again the next time BackTrainer starts; you can also start it afresh from the list. %2</source>
        <translation>%1 ließ sich nicht fortsetzen. Es bleibt im Verlauf und wird beim nächsten Start von BackTrainer wieder angeboten; du kannst es auch in der Liste neu starten. %2</translation>
    </message>
    <message>
        <source>Another BackTrainer is open, so this one does not save workouts. Close the other one, then start BackTrainer again.</source>
        <translation>Ein anderes BackTrainer ist geöffnet, daher speichert dieses keine Trainings. Schließe das andere und starte BackTrainer dann neu.</translation>
    </message>
    <message>
        <source>The workout history was written by a newer BackTrainer, so workouts are not saved here. Update BackTrainer.</source>
        <translation>Der Trainingsverlauf stammt von einem neueren BackTrainer, daher werden Trainings hier nicht gespeichert. Aktualisiere BackTrainer.</translation>
    </message>
    <message>
        <source>The last entry of the workout history was cut short (BackTrainer was closed while saving it); everything before it is kept. Nothing to do.</source>
        <translation>Der letzte Eintrag im Trainingsverlauf ist unvollständig (BackTrainer wurde beim Speichern geschlossen); alles davor ist erhalten. Du musst nichts tun.</translation>
    </message>
    <message>
        <source>The workout history was damaged and has been repaired; a copy of the file as it was is kept beside it. Nothing to do.</source>
        <translation>Der Trainingsverlauf war beschädigt und wurde repariert; eine Kopie der Datei im alten Zustand liegt daneben. Du musst nichts tun.</translation>
    </message>
    <message>
        <source>Part of the workout history is damaged; the rest is shown.</source>
        <translation>Ein Teil des Trainingsverlaufs ist beschädigt; der Rest wird angezeigt.</translation>
    </message>
    <message>
        <source>An older history file could not be read; it is left as it is.</source>
        <translation>Eine ältere Verlaufsdatei ließ sich nicht lesen; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The workout history cannot be saved: workouts are kept in memory and saving is tried again at every step. Check that the disk is not full.</source>
        <translation>Der Trainingsverlauf lässt sich nicht speichern: Trainings bleiben im Arbeitsspeicher, und bei jedem Schritt wird erneut gespeichert. Prüfe, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>The workout history cannot be read or written, so workouts are not saved.</source>
        <translation>Der Trainingsverlauf lässt sich weder lesen noch schreiben, daher werden Trainings nicht gespeichert.</translation>
    </message>
    <message>
        <source>Something went wrong with the workout history.</source>
        <translation>Mit dem Trainingsverlauf ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Another BackTrainer is open on the same data folder, so this change is not saved. Close the other one and start again to save here.</source>
        <translation>Ein anderes BackTrainer ist mit demselben Datenordner geöffnet, daher wird diese Änderung nicht gespeichert. Schließe das andere und starte neu, um hier zu speichern.</translation>
    </message>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full.</source>
        <translation>Deine Einstellungen ließen sich nicht speichern. Prüfe, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Your settings were written by a newer BackTrainer: they are left as they are, the default intervals are used and changes are not saved. Update BackTrainer.</source>
        <translation>Deine Einstellungen stammen von einem neueren BackTrainer: Sie bleiben unverändert, die Standard-Intervalle gelten, und Änderungen werden nicht gespeichert. Aktualisiere BackTrainer.</translation>
    </message>
    <message>
        <source>Your settings file could not be read; it was set aside and the default intervals are used. Check Settings &gt; Default intervals.</source>
        <translation>Deine Einstellungsdatei ließ sich nicht lesen; sie wurde beiseitegelegt, und die Standard-Intervalle gelten. Prüfe Einstellungen &gt; Standard-Intervalle.</translation>
    </message>
    <message>
        <source>Your voice and theme choices could not be saved. Check that the disk is not full.</source>
        <translation>Deine Auswahl von Stimme und Farbschema ließ sich nicht speichern. Prüfe, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Your preferences were written by a newer BackTrainer: they are left as they are and changes are not saved. Update BackTrainer.</source>
        <translation>Deine Vorlieben stammen von einem neueren BackTrainer: Sie bleiben unverändert, und Änderungen werden nicht gespeichert. Aktualisiere BackTrainer.</translation>
    </message>
    <message>
        <source>Your preferences could not be read, so changes are not saved.</source>
        <translation>Deine Vorlieben ließen sich nicht lesen, daher werden Änderungen nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your preferences file (voice, theme) could not be read; it was set aside and the defaults are used. Choose them again in Settings &gt; Voice and View &gt; Theme.</source>
        <translation>Deine Datei mit Vorlieben (Stimme, Farbschema) ließ sich nicht lesen; sie wurde beiseitegelegt, und die Standardwerte gelten. Wähle sie erneut unter Einstellungen &gt; Stimme und Ansicht &gt; Farbschema.</translation>
    </message>
    <message>
        <source>This set&apos;s reps are not timed: press Right to end it.</source>
        <translation>Die Wiederholungen dieses Satzes sind nicht zeitgesteuert: Drücke Rechts, um ihn zu beenden.</translation>
    </message>
    <message>
        <source>This set already has all its %1 reps. More reps: Settings &gt; Adjust this routine (Ctrl+I).</source>
        <translation>Dieser Satz hat schon alle %1 Wiederholungen. Mehr Wiederholungen: Einstellungen &gt; Dieses Programm anpassen (Strg+I).</translation>
    </message>
    <message>
        <source>Rep %1 is the last one already: press Right to end the set.</source>
        <translation>Wiederholung %1 ist schon die letzte: Drücke Rechts, um den Satz zu beenden.</translation>
    </message>
</context>
<context>
    <name>setup_fields</name>
    <message>
        <source>get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>work time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>rest between moves</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>Pause zwischen Runden</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>switch-sides pause</source>
        <translation>Seitenwechsel-Pause</translation>
    </message>
    <message>
        <source>tempo scale</source>
        <translation>Tempo-Faktor</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name}: muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
</context>
</TS>
