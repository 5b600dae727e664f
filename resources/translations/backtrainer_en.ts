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
</TS>
