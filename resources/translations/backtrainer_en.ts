<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BlockForm</name>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval settings apply to the main blocks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit and superset: every move once, then again for each round. Straight sets: all sets of one move, then the next move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roun&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main blocks: the routine&apos;s rounds; warm-up and cool-down: one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides, move by move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole circuit per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-sided moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides of a move before the next move, or the whole circuit on one side, then the whole circuit on the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest &amp;between moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between ro&amp;unds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest &amp;after the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the routine ({rounds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One (not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the routine ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>MoveForm</name>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seesaw (one side lifts as the other lowers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps, paced by a tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per side for one-sided moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s work time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up (lift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn (lower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As many as &amp;comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reps are then the most, not a target.</source>
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
    <name>Outline</name>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cool-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s)</source>
        <translation>
            <numerusform>up to %n rep</numerusform>
            <numerusform>up to %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks and moves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total {time}{mode} · %n set(s)</source>
        <translation>
            <numerusform>Total {time}{mode} · %n set</numerusform>
            <numerusform>Total {time}{mode} · %n sets</numerusform>
        </translation>
    </message>
    <message>
        <source>Total —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan while the routine is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s) each side</source>
        <translation>
            <numerusform>up to %n rep each side</numerusform>
            <numerusform>up to %n reps each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n rep each side</numerusform>
            <numerusform>%n reps each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s)</source>
        <translation>
            <numerusform>up to %n rep</numerusform>
            <numerusform>up to %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit routine — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bloc&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show th&amp;e problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the editor and lose the changes made to this routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocks and moves&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>&amp;Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work (timed moves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rest between moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between r&amp;ounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roun&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switc&amp;h sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &lt;id&gt;.json in your routines folder; the id stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Defaults for the main blocks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes with their own intervals ({modes}) keep them; the preview shows the first mode, {first}.</source>
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
    <name>editor</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use only a-z, 0-9 and single dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine may have at most 1 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine may have at most {count} blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine needs at least {count} blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block may have at most {count} moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block needs at least {count} moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine needs at least 1 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block may have at most 1 move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block needs at least 1 move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block “{block}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{block}”, move “{move}”</source>
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
