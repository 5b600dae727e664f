<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <message>
        <source>Blocks and moves</source>
        <translation>Blöcke und Übungen</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
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
        <translation>Pause zwischen Runden</translation>
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
        <translation>Wippe</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
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
        <translation>Bei</translation>
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
        <source>Total —</source>
        <translation>Gesamt –</translation>
    </message>
    <message>
        <source>No plan while the routine is not valid: {reason}</source>
        <translation>Kein Plan, solange die Routine ungültig ist: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s) each side</source>
        <translation>
            <numerusform>bis zu %n Wdh. pro Seite</numerusform>
            <numerusform>bis zu %n Wdh. pro Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n Wdh. pro Seite</numerusform>
            <numerusform>%n Wdh. pro Seite</numerusform>
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
        <translation>Nicht verwendet: in {mode} wird jede Übung in Wiederholungen gezählt oder hat eine eigene Dauer</translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps</source>
        <translation>Nicht verwendet: in {mode} wird jede Übung in Wiederholungen gezählt</translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps or has its own length</source>
        <translation>Nicht verwendet: hier wird jede Übung in Wiederholungen gezählt oder hat eine eigene Dauer</translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps</source>
        <translation>Nicht verwendet: hier wird jede Übung in Wiederholungen gezählt</translation>
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
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
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
        <source>a routine needs at least {count} blocks</source>
        <translation>eine Routine braucht mindestens {count} Blöcke</translation>
    </message>
    <message>
        <source>a block may have at most {count} moves</source>
        <translation>ein Block darf höchstens {count} Übungen haben</translation>
    </message>
    <message>
        <source>a block needs at least {count} moves</source>
        <translation>ein Block braucht mindestens {count} Übungen</translation>
    </message>
    <message>
        <source>a routine needs at least 1 block</source>
        <translation>eine Routine braucht mindestens 1 Block</translation>
    </message>
    <message>
        <source>a block may have at most 1 move</source>
        <translation>ein Block darf höchstens 1 Übung haben</translation>
    </message>
    <message>
        <source>a block needs at least 1 move</source>
        <translation>ein Block braucht mindestens 1 Übung</translation>
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
