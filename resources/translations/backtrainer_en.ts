<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DefaultsDialog</name>
    <message>
        <source>Default intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each routine&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by every routine unless its own settings say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveRow</name>
    <message>
        <source> reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>Next time: {move}, {sets} x {reps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;est between moves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between r&amp;ounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;unds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch-sides pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tempo scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the routine&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals (main blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine: {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine: work time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>routine: %n rep(s)</source>
        <translation>
            <numerusform>routine: %n rep</numerusform>
            <numerusform>routine: %n reps</numerusform>
        </translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the source recommends {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps or has its own length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps or has its own length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated total: — (fix the values marked in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated total: {total}&lt;/b&gt; (about {minutes} min; with the routine&apos;s defaults {as_written})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>The voice, its rate and volume, the beeps and Test need a voice; the choices below still set what the captions show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words (up, hold, down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds (rising and falling tones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beep on the last three seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a rep set, how each lift, hold and lowering is given. The count and the side are always said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form reminders (once per move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move&apos;s short form cue (“Hips back, back flat.”), said the first time it comes up in a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;empo of each rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust this routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default intervals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BackTrainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>setup_fields</name>
    <message>
        <source>get-ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest between moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch-sides pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempo scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
