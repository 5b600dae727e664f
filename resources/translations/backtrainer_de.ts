<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
