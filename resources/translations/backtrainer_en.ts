<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BackTrainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-free back and upper-body workouts for runners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or any later version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled routines and their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercises, doses and structure are the sources&apos;; the instructions are written in BackTrainer&apos;s own words, and any move BackTrainer added is marked as added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>FitExportButton</name>
    <message>
        <source>E&amp;xport to Garmin/Strava (FIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sessions as FIT activity files, one per session, into a folder: for Garmin Connect and Strava</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every session shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Garmin/Strava (FIT): choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session to export as FIT: none of them has a set done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload them in Garmin Connect (Import Data) or Strava (Upload activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n FIT file(s) to %1</source>
        <translation>
            <numerusform>Exported %n FIT file to %1</numerusform>
            <numerusform>Exported %n FIT files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a set done left out</source>
        <translation>
            <numerusform>%n session without a set done left out</numerusform>
            <numerusform>%n sessions without a set done left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Routine filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w short sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short session was stopped before its first set was done (an accidental start, say). It is kept, but counts in no number: not this week, not the streak, not the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) and {short} short shown</source>
        <translation>
            <numerusform>%n session and {short} short shown</numerusform>
            <numerusform>%n sessions and {short} short shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n session shown</numerusform>
            <numerusform>%n sessions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n resumed part(s))</source>
        <translation>
            <numerusform> (+%n resumed part)</numerusform>
            <numerusform> (+%n resumed parts)</numerusform>
        </translation>
    </message>
    <message>
        <source>A resumed part continues an interrupted session: one workout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryLayout</name>
    <message>
        <source>← &amp;Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sessions shown in the table to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is read-only here: editing and deleting are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the session of an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the session of {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySummaryPanel</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes per week&lt;/b&gt;, last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more to reach the goal</source>
        <translation>
            <numerusform>%n more to reach the goal</numerusform>
            <numerusform>%n more to reach the goal</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} of {goal}&lt;/span&gt; sessions · {time}&lt;br&gt;{progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} of {goal}&lt;/span&gt; planned · {time}&lt;br&gt;{progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly plan sets the goal (Settings &gt; Weekly plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak&lt;br&gt;{weeks} in a row at the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak&lt;br&gt;{weeks}&lt;br&gt;Meet the goal this week to start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All time&lt;/b&gt;: %n session(s), {time}</source>
        <translation>
            <numerusform>&lt;b&gt;All time&lt;/b&gt;: %n session, {time}</numerusform>
            <numerusform>&lt;b&gt;All time&lt;/b&gt;: %n sessions, {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is still being recorded: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session still being recorded was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} sessions still being recorded were not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions to export: the table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to {path}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n session to {path}.</numerusform>
            <numerusform>Exported %n sessions to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log folder could not be opened. It is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen  [F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen  [F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this workout now? What you did so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout and quit? What you did so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit BackTrainer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workout is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the voice…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicCheck</name>
    <message>
        <source>Say “pause” now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard “pause”: voice commands work with this microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was heard. Is the microphone on, and close enough? The meter should move as you speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard “%1”, another command; say “pause”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard something (“%1”), not a command; say “pause” again.</source>
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
        <source>Blocks and moves</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>PlanPreview</name>
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
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan while the routine is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionOffer</name>
    <message>
        <source>Ready for more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 %2 x %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>When you finish every set of a move in full, BackTrainer proposes %n more reps per set next time, up to the move&apos;s target.</source>
        <translation>
            <numerusform>When you finish every set of a move in full, BackTrainer proposes %n more rep per set next time, up to the move&apos;s target.</numerusform>
            <numerusform>When you finish every set of a move in full, BackTrainer proposes %n more reps per set next time, up to the move&apos;s target.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 x %3 done in full. Next time %2 x %4 (target %5 x %6)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 from next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Routine files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own copy of “%1”, saved as %2 in your routines folder. The original stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Could not write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes with BackTrainer and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a routine with the id %1 (“%2”, %3). Replace it with the imported one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Its file %2 is removed; the history of the workouts you did with it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused it (Help &gt; Show the log folder has the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1
Where: %2
Why: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>✚ added by BackTrainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempo up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempo hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempo down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progression target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variation dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✚ %1 assumed by BackTrainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, seesaw (one side lifts as the other lowers)</source>
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
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up (%1 s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form cue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, hold %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pause %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s up%2, %3 s down%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, left side first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, right side first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides at once</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1 each side</source>
        <translation type="unfinished"></translation>
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
    <name>RoutinePicker</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start  [Enter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and rest times, rounds, tempo, each move&apos;s dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate and &amp;edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own copy of this routine and change it (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some routine files could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailsPane</name>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
        <source>Alternating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seesaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time {time} of {planned} (work {work} of {planned_work}) · Sets {sets} of {planned_sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues an interrupted session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave notes  [Ctrl+S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet: finish a workout and it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? Saved with the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListPane</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete  [Del]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the sessions selected (Shift or Ctrl+click to select more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo  [Ctrl+Z]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n session(s)  [Del]</source>
        <translation>
            <numerusform>&amp;Delete %n session  [Del]</numerusform>
            <numerusform>&amp;Delete %n sessions  [Del]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues an interrupted session</source>
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
    <name>SetupControl</name>
    <message>
        <source>No weekly plan to export yet: make one in Settings &gt; Weekly plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 weekly events (%2 time) to %3.</source>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a key or what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or the media key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right or N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left or B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F or F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: back (restarts the step after 3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: add 10 s to this step (a rep set: give back reps taken off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: remove 10 s from this step (a rep set: whole reps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: full screen, or leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: leave full screen, then stop (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines: start the selected routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout: show or hide the move&apos;s form points and safety line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Workout complete — well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped or cut short:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Back to routines  [Enter]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>● Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening stopped (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check the microphone in Settings &gt; Voice; the keys work as always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout? Say “yes”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for voice commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout” (in English)</source>
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
        <source>As the system (LANG)</source>
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
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Voice commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen for commands (pause, continue, skip ahead, repeat…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice commands need the speech recogniser: pip install &apos;pocketsphinx&gt;=5&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice commands need a microphone, and none was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout” (then “yes”). Heard on this computer only: nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Say “pause” to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the cues (at once) and of the window (from the next start).</source>
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
    <name>WeekChart</name>
    <message>
        <source>Minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of {week}: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {minutes} min, %n session(s)</source>
        <translation>
            <numerusform>Week of {day}: {minutes} min, %n session</numerusform>
            <numerusform>Week of {day}: {minutes} min, %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <source>Weekly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions you plan each week. History measures each week against them, and your calendar can remind you (Export to calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move  [Del]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly event for each planned session, with a reminder 15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n sessions a week.</source>
        <translation>
            <numerusform>At most %n session a week.</numerusform>
            <numerusform>At most %n sessions a week.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two sessions on %1 at %2: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the weekly plan to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>GET READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED — press Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERNATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
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
    <message numerus="yes">
        <source>up to %n reps each side</source>
        <translation>
            <numerusform>up to %n rep each side</numerusform>
            <numerusform>up to %n reps each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n reps</source>
        <translation>
            <numerusform>up to %n rep</numerusform>
            <numerusform>up to %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps each side</source>
        <translation>
            <numerusform>%n rep each side</numerusform>
            <numerusform>%n reps each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>▲ lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutView</name>
    <message>
        <source>session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next up heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back  [B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶  [N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-10 s  [-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s  [+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form  [I]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen  [F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide form  [I]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop at a slight strain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last one!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form points for this move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>No routine %1 to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ask_resume</name>
    <message>
        <source>Unfinished workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, started {started}, was cut off after {done} of {planned} sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it where it stopped, or keep it in the history as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as it is</source>
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
        <source>a routine needs at least 1 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine needs at least {count} blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block may have at most 1 move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block may have at most {count} moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block needs at least 1 move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block needs at least {count} moves</source>
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
    <name>history</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
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
        <source>&amp;Weekly plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export weekly plan to calendar…</source>
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
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate and edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Help &gt; Show the log folder has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice could be loaded. Windows has voices built in (Settings &gt; Time &amp; language &gt; Speech); if this stays, reinstall BackTrainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice could be loaded. macOS has voices built in (System Settings &gt; Accessibility &gt; Spoken Content); if this stays, reinstall BackTrainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice installed: sudo apt install espeak-ng, then restart BackTrainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output: connect speakers or headphones (or check the system&apos;s sound settings), then restart BackTrainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then every cue is shown as a caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be resumed. It stays in the history and is offered again the next time BackTrainer starts; you can also start it afresh from the list. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another BackTrainer is open, so this one does not save workouts. Close the other one, then start BackTrainer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout history was written by a newer BackTrainer, so workouts are not saved here. Update BackTrainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last entry of the workout history was cut short (BackTrainer was closed while saving it); everything before it is kept. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout history was damaged and has been repaired; a copy of the file as it was is kept beside it. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the workout history is damaged; the rest is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older history file could not be read; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout history cannot be saved: workouts are kept in memory and saving is tried again at every step. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout history cannot be read or written, so workouts are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong with the workout history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another BackTrainer is open on the same data folder, so this change is not saved. Close the other one and start again to save here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings were written by a newer BackTrainer: they are left as they are, the default intervals are used and changes are not saved. Update BackTrainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file could not be read; it was set aside and the default intervals are used. Check Settings &gt; Default intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice and theme choices could not be saved. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences were written by a newer BackTrainer: they are left as they are and changes are not saved. Update BackTrainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences could not be read, so changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences file (voice, theme) could not be read; it was set aside and the defaults are used. Choose them again in Settings &gt; Voice and View &gt; Theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This set&apos;s reps are not timed: press Right to end it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This set already has all its %1 reps. More reps: Settings &gt; Adjust this routine (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 is the last one already: press Right to end the set.</source>
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
