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
        <translation>Weiter  [Leertaste]</translation>
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
</TS>
