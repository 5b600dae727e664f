<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BlockForm</name>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Vuelta a la calma</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>Interval settings apply to the main blocks only.</source>
        <translation>Los ajustes de intervalos solo se aplican a los bloques principales.</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>Superset</source>
        <translation>Superserie</translation>
    </message>
    <message>
        <source>Straight sets</source>
        <translation>Series seguidas</translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation>E&amp;structura</translation>
    </message>
    <message>
        <source>Circuit and superset: every move once, then again for each round. Straight sets: all sets of one move, then the next move.</source>
        <translation>Circuito y superserie: cada ejercicio una vez y luego de nuevo en cada ronda. Series seguidas: todas las series de un ejercicio y luego el siguiente.</translation>
    </message>
    <message>
        <source>As the routine</source>
        <translation>Como la rutina</translation>
    </message>
    <message>
        <source>Roun&amp;ds</source>
        <translation>R&amp;ondas</translation>
    </message>
    <message>
        <source>Main blocks: the routine&apos;s rounds; warm-up and cool-down: one.</source>
        <translation>Bloques principales: las rondas de la rutina; calentamiento y vuelta a la calma: una.</translation>
    </message>
    <message>
        <source>Both sides, move by move</source>
        <translation>Ejercicio a ejercicio</translation>
    </message>
    <message>
        <source>Whole circuit per side</source>
        <translation>Todo el circuito por lado</translation>
    </message>
    <message>
        <source>&amp;One-sided moves</source>
        <translation>Ejercicios unil&amp;aterales</translation>
    </message>
    <message>
        <source>Both sides of a move before the next move, or the whole circuit on one side, then the whole circuit on the other.</source>
        <translation>Ambos lados de un ejercicio antes del siguiente, o todo el circuito de un lado y luego todo el circuito del otro.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>&amp;First side</source>
        <translation>La&amp;do inicial</translation>
    </message>
    <message>
        <source>Rest &amp;between moves</source>
        <translation>Descanso en&amp;tre ejercicios</translation>
    </message>
    <message>
        <source>Rest between ro&amp;unds</source>
        <translation>Descanso entre &amp;rondas</translation>
    </message>
    <message>
        <source>Rest &amp;after the block</source>
        <translation>Descanso tras el blo&amp;que</translation>
    </message>
    <message>
        <source>As the routine ({rounds})</source>
        <translation>Como la rutina ({rounds})</translation>
    </message>
    <message>
        <source>One (not set)</source>
        <translation>Una (sin definir)</translation>
    </message>
    <message>
        <source>As the routine ({seconds} s)</source>
        <translation>Como la rutina ({seconds} s)</translation>
    </message>
</context>
<context>
    <name>DefaultsDialog</name>
    <message>
        <source>Default intervals</source>
        <translation>Intervalos predeterminados</translation>
    </message>
    <message>
        <source>each routine&apos;s own</source>
        <translation>el de cada rutina</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <source>Used by every routine unless its own settings say otherwise.</source>
        <translation>Se aplican a todas las rutinas, salvo que sus propios ajustes indiquen otra cosa.</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Routine filter</source>
        <translation>Filtro de rutina</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Sho&amp;w short sessions</source>
        <translation>Ses&amp;iones cortas</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Sesiones mostradas</translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <translation>Ruti&amp;na</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>A short session was stopped before its first set was done (an accidental start, say). It is kept, but counts in no number: not this week, not the streak, not the totals.</source>
        <translation>Una sesión corta se detuvo antes de terminar su primera serie (un inicio por error, por ejemplo). Se conserva, pero no cuenta en ninguna cifra: ni esta semana, ni la racha, ni los totales.</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) and {short} short shown</source>
        <translation>
            <numerusform>%n sesión mostrada · cortas: {short}</numerusform>
            <numerusform>%n sesiones mostradas · cortas: {short}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n sesión mostrada</numerusform>
            <numerusform>%n sesiones mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n resumed part(s))</source>
        <translation>
            <numerusform> (+%n parte reanudada)</numerusform>
            <numerusform> (+%n partes reanudadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>A resumed part continues an interrupted session: one workout.</source>
        <translation>Una parte reanudada continúa una sesión interrumpida: un solo entrenamiento.</translation>
    </message>
</context>
<context>
    <name>HistoryLayout</name>
    <message>
        <source>← &amp;Back to routines</source>
        <translation>← Volver a las ru&amp;tinas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the sessions shown in the table to a file</source>
        <translation>Guardar en un archivo las sesiones mostradas en la tabla</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema del historial</translation>
    </message>
    <message>
        <source>The history is read-only here: editing and deleting are off.</source>
        <translation>El historial es de solo lectura aquí: editar y eliminar están desactivados.</translation>
    </message>
    <message>
        <source>Deleted {count} sessions</source>
        <translation>{count} sesiones eliminadas</translation>
    </message>
    <message>
        <source>Deleted the session of an unknown date</source>
        <translation>Sesión de fecha desconocida eliminada</translation>
    </message>
    <message>
        <source>Deleted the session of {when}</source>
        <translation>Sesión del {when} eliminada</translation>
    </message>
</context>
<context>
    <name>HistorySummaryPanel</name>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> sesiones por semana</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>Weekly &amp;goal</source>
        <translation>Objetivo &amp;semanal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes per week&lt;/b&gt;, last 12 weeks</source>
        <translation>&lt;b&gt;Minutos por semana&lt;/b&gt;, últimas 12 semanas</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Totals per routine</source>
        <translation>Totales por rutina</translation>
    </message>
    <message>
        <source>Goal reached ✓</source>
        <translation>Objetivo cumplido ✓</translation>
    </message>
    <message numerus="yes">
        <source>%n more to reach the goal</source>
        <translation>
            <numerusform>falta %n para el objetivo</numerusform>
            <numerusform>faltan %n para el objetivo</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} of {goal}&lt;/span&gt; sessions · {time}&lt;br&gt;{progress}</source>
        <translation>Esta semana&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} de {goal}&lt;/span&gt; sesiones · {time}&lt;br&gt;{progress}</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak&lt;br&gt;{weeks} in a row at the goal</source>
        <translation>Racha&lt;br&gt;{weeks} seguidas con el objetivo cumplido</translation>
    </message>
    <message>
        <source>Streak&lt;br&gt;{weeks}&lt;br&gt;Meet the goal this week to start one</source>
        <translation>Racha&lt;br&gt;{weeks}&lt;br&gt;Cumple el objetivo esta semana para empezar una</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All time&lt;/b&gt;: %n session(s), {time}</source>
        <translation>
            <numerusform>&lt;b&gt;En total&lt;/b&gt;: %n sesión, {time}</numerusform>
            <numerusform>&lt;b&gt;En total&lt;/b&gt;: %n sesiones, {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not read the history: {problem}</source>
        <translation>No se pudo leer el historial: {problem}</translation>
    </message>
    <message>
        <source>Could not save the change: {problem}</source>
        <translation>No se pudo guardar el cambio: {problem}</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}</source>
        <translation>Aún no guardado: {problem}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún no guardado.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notas guardadas.</translation>
    </message>
    <message>
        <source>This session is still being recorded: it cannot be deleted.</source>
        <translation>Esta sesión aún se está grabando: no se puede eliminar.</translation>
    </message>
    <message>
        <source>The session still being recorded was not deleted.</source>
        <translation>La sesión que aún se está grabando no se eliminó.</translation>
    </message>
    <message>
        <source>The {count} sessions still being recorded were not deleted.</source>
        <translation>Las {count} sesiones que aún se están grabando no se eliminaron.</translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation>Sesión restaurada.</translation>
    </message>
    <message>
        <source>{count} sessions restored.</source>
        <translation>{count} sesiones restauradas.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>The goal could not be saved: {problem}</source>
        <translation>No se pudo guardar el objetivo: {problem}</translation>
    </message>
    <message>
        <source>Export history as {format}</source>
        <translation>Exportar el historial como {format}</translation>
    </message>
    <message>
        <source>No sessions to export: the table is empty.</source>
        <translation>No hay sesiones que exportar: la tabla está vacía.</translation>
    </message>
    <message>
        <source>Could not export to {path}: {problem}.</source>
        <translation>No se pudo exportar a {path}: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n sesión exportada a {path}.</numerusform>
            <numerusform>%n sesiones exportadas a {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveForm</name>
    <message>
        <source>Move</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation>Ambos lados a la vez</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Cada lado por turno</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Lados alternos</translation>
    </message>
    <message>
        <source>Seesaw (one side lifts as the other lowers)</source>
        <translation>Balancín (un lado sube mientras el otro baja)</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>La&amp;dos</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Por tiempo</translation>
    </message>
    <message>
        <source>Reps, paced by a tempo</source>
        <translation>Repeticiones, a un tempo</translation>
    </message>
    <message>
        <source>D&amp;ose</source>
        <translation>Dos&amp;is</translation>
    </message>
    <message>
        <source>Per side for one-sided moves.</source>
        <translation>Por lado en los ejercicios unilaterales.</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>Dura&amp;ción</translation>
    </message>
    <message>
        <source>The routine&apos;s work time</source>
        <translation>Tiempo de trabajo de la rutina</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>&amp;Repeticiones</translation>
    </message>
    <message>
        <source>&amp;Up (lift)</source>
        <translation>&amp;Subida (levantar)</translation>
    </message>
    <message>
        <source>&amp;Hold at the top</source>
        <translation>&amp;Mantener arriba</translation>
    </message>
    <message>
        <source>Do&amp;wn (lower)</source>
        <translation>B&amp;ajada (bajar)</translation>
    </message>
    <message>
        <source>P&amp;ause at the bottom</source>
        <translation>&amp;Pausa abajo</translation>
    </message>
    <message>
        <source>As many as &amp;comfortable</source>
        <translation>&amp;Tantas como sean cómodas</translation>
    </message>
    <message>
        <source>The reps are then the most, not a target.</source>
        <translation>Las repeticiones son entonces un máximo, no un objetivo.</translation>
    </message>
</context>
<context>
    <name>MoveRow</name>
    <message>
        <source> reps</source>
        <translation> rep.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Como está escrito</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>alterno</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>balancín</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>calentamiento</translation>
    </message>
    <message>
        <source>cool-down</source>
        <translation>vuelta a la calma</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronda</numerusform>
            <numerusform>%n rondas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s)</source>
        <translation>
            <numerusform>hasta %n rep.</numerusform>
            <numerusform>hasta %n rep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep.</numerusform>
            <numerusform>%n rep.</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>work time</source>
        <translation>tiempo de trabajo</translation>
    </message>
    <message>
        <source>Blocks and moves</source>
        <translation>Bloques y ejercicios</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>get ready</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>descanso entre rondas</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>cambio de lado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>alterno</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>balancín</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Pasos previstos</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Total {time}{mode} · %n set(s)</source>
        <translation>
            <numerusform>Total {time}{mode} · %n serie</numerusform>
            <numerusform>Total {time}{mode} · %n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Total —</source>
        <translation>Total —</translation>
    </message>
    <message>
        <source>No plan while the routine is not valid: {reason}</source>
        <translation>No hay plan mientras la rutina no sea válida: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s) each side</source>
        <translation>
            <numerusform>hasta %n rep. por lado</numerusform>
            <numerusform>hasta %n rep. por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n rep. por lado</numerusform>
            <numerusform>%n rep. por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s)</source>
        <translation>
            <numerusform>hasta %n rep.</numerusform>
            <numerusform>hasta %n rep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep.</numerusform>
            <numerusform>%n rep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit routine — {title}</source>
        <translation>Editar rutina — {title}</translation>
    </message>
    <message>
        <source>Add bloc&amp;k</source>
        <translation>Añadir &amp;bloque</translation>
    </message>
    <message>
        <source>Add mo&amp;ve</source>
        <translation>Añadir &amp;ejercicio</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Show th&amp;e problem</source>
        <translation>&amp;Ver el problema</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>⚠ {where}: {reason}</source>
        <translation>⚠ {where}: {reason}</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Close the editor and lose the changes made to this routine?</source>
        <translation>¿Cerrar el editor y perder los cambios hechos en esta rutina?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocks and moves&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bloques y ejercicios&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Preparación</translation>
    </message>
    <message>
        <source>&amp;Work (timed moves)</source>
        <translation>Trabajo (ejercicios &amp;cronometrados)</translation>
    </message>
    <message>
        <source>&amp;Rest between moves</source>
        <translation>&amp;Descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Rest between r&amp;ounds</source>
        <translation>Descanso entre r&amp;ondas</translation>
    </message>
    <message>
        <source>Roun&amp;ds</source>
        <translation>Ro&amp;ndas</translation>
    </message>
    <message>
        <source>Switc&amp;h sides</source>
        <translation>Ca&amp;mbio de lado</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Saved as &lt;id&gt;.json in your routines folder; the id stays.</source>
        <translation>Se guarda como &lt;id&gt;.json en tu carpeta de rutinas; el ID no cambia.</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>ID del archivo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Defaults for the main blocks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valores predeterminados de los bloques principales&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Modes with their own intervals ({modes}) keep them; the preview shows the first mode, {first}.</source>
        <translation>Los modos con sus propios intervalos ({modes}) los conservan; la vista previa muestra el primer modo, {first}.</translation>
    </message>
</context>
<context>
    <name>SessionDetailsPane</name>
    <message>
        <source>Move</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>Alterno</translation>
    </message>
    <message>
        <source>Seesaw</source>
        <translation>Balancín</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Acortada</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>Time {time} of {planned} (work {work} of {planned_work}) · Sets {sets} of {planned_sets}</source>
        <translation>Tiempo {time} de {planned} (trabajo {work} de {planned_work}) · Series {sets} de {planned_sets}</translation>
    </message>
    <message>
        <source>Continues an interrupted session.</source>
        <translation>Continúa una sesión interrumpida.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Effort, 1 to 10</source>
        <translation>Esfuerzo, de 1 a 10</translation>
    </message>
    <message>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation>Qué tan duro fue: 1 muy fácil, 10 al máximo</translation>
    </message>
    <message>
        <source>S&amp;ave notes  [Ctrl+S]</source>
        <translation>&amp;Guardar notas  [Ctrl+S]</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Effort</source>
        <translation>Es&amp;fuerzo</translation>
    </message>
    <message>
        <source>No sessions yet: finish a workout and it shows here.</source>
        <translation>Aún no hay sesiones: termina un entrenamiento y aparecerá aquí.</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>Ninguna sesión seleccionada.</translation>
    </message>
    <message>
        <source>How did it go? Saved with the session.</source>
        <translation>¿Qué tal ha ido? Se guarda con la sesión.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
</context>
<context>
    <name>SessionListPane</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;Delete  [Del]</source>
        <translation>E&amp;liminar  [Supr]</translation>
    </message>
    <message>
        <source>Delete the sessions selected (Shift or Ctrl+click to select more)</source>
        <translation>Eliminar las sesiones seleccionadas (Mayús o Ctrl+clic para seleccionar más)</translation>
    </message>
    <message>
        <source>&amp;Undo  [Ctrl+Z]</source>
        <translation>D&amp;eshacer  [Ctrl+Z]</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n session(s)  [Del]</source>
        <translation>
            <numerusform>E&amp;liminar %n sesión  [Supr]</numerusform>
            <numerusform>E&amp;liminar %n sesiones  [Supr]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>Continues an interrupted session</source>
        <translation>Continúa una sesión interrumpida</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>Next time: {move}, {sets} x {reps}.</source>
        <translation>La próxima vez: {move}, {sets} × {reps}.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>&amp;Preparación:</translation>
    </message>
    <message>
        <source>&amp;Work time:</source>
        <translation>Tiempo de &amp;trabajo:</translation>
    </message>
    <message>
        <source>R&amp;est between moves:</source>
        <translation>&amp;Descanso entre ejercicios:</translation>
    </message>
    <message>
        <source>Rest between r&amp;ounds:</source>
        <translation>Descanso entre &amp;rondas:</translation>
    </message>
    <message>
        <source>Ro&amp;unds:</source>
        <translation>R&amp;ondas:</translation>
    </message>
    <message>
        <source>&amp;Switch-sides pause:</source>
        <translation>Cambio de &amp;lado:</translation>
    </message>
    <message>
        <source>&amp;Tempo scale:</source>
        <translation>&amp;Escala de tempo:</translation>
    </message>
    <message>
        <source>Adjust {title}</source>
        <translation>Ajustar {title}</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>Duración estimada</translation>
    </message>
    <message>
        <source>&amp;Reset to the routine&apos;s defaults</source>
        <translation>Restablecer los valores de la r&amp;utina</translation>
    </message>
    <message>
        <source>Intervals (main blocks)</source>
        <translation>Intervalos (bloques principales)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>routine: {seconds} s</source>
        <translation>rutina: {seconds} s</translation>
    </message>
    <message>
        <source>routine: work time</source>
        <translation>rutina: tiempo de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>routine: %n rep(s)</source>
        <translation>
            <numerusform>rutina: %n rep.</numerusform>
            <numerusform>rutina: %n rep.</numerusform>
        </translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>predeterminado: {value}</translation>
    </message>
    <message>
        <source> · the source recommends {low} to {high}</source>
        <translation> · la fuente recomienda de {low} a {high}</translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps or has its own length</source>
        <translation>Sin uso: en {mode} cada ejercicio se cuenta en repeticiones o tiene su propia duración</translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps</source>
        <translation>Sin uso: en {mode} cada ejercicio se cuenta en repeticiones</translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps or has its own length</source>
        <translation>Sin uso: aquí cada ejercicio se cuenta en repeticiones o tiene su propia duración</translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps</source>
        <translation>Sin uso: aquí cada ejercicio se cuenta en repeticiones</translation>
    </message>
    <message>
        <source>Estimated total: — (fix the values marked in red)</source>
        <translation>Duración estimada: — (corrige los valores marcados en rojo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated total: {total}&lt;/b&gt; (about {minutes} min; with the routine&apos;s defaults {as_written})</source>
        <translation>&lt;b&gt;Duración estimada: {total}&lt;/b&gt; (unos {minutes} min; con los valores de la rutina {as_written})</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>The voice, its rate and volume, the beeps and Test need a voice; the choices below still set what the captions show.</source>
        <translation>La voz, su velocidad y volumen, los pitidos y Probar necesitan una voz; las opciones de abajo siguen definiendo lo que muestran los subtítulos.</translation>
    </message>
    <message>
        <source>Words (up, hold, down)</source>
        <translation>Palabras (sube, mantén, baja)</translation>
    </message>
    <message>
        <source>Sounds (rising and falling tones)</source>
        <translation>Sonidos (tonos ascendentes y descendentes)</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Solo la cuenta</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> palabras/min</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Beep on the last three seconds</source>
        <translation>Pitido en los últimos tres segundos</translation>
    </message>
    <message>
        <source>In a rep set, how each lift, hold and lowering is given. The count and the side are always said.</source>
        <translation>En una serie de repeticiones, cómo se indica cada subida, pausa y bajada. La cuenta y el lado se dicen siempre.</translation>
    </message>
    <message>
        <source>&amp;Form reminders (once per move)</source>
        <translation>&amp;Recordatorios de técnica (una vez por ejercicio)</translation>
    </message>
    <message>
        <source>A move&apos;s short form cue (“Hips back, back flat.”), said the first time it comes up in a session.</source>
        <translation>La breve indicación de técnica de un ejercicio («Cadera atrás, espalda recta.»), dicha la primera vez que aparece en una sesión.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>Velo&amp;cidad</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>V&amp;olumen</translation>
    </message>
    <message>
        <source>T&amp;empo of each rep</source>
        <translation>T&amp;empo de cada repetición</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>week of {week}: {minutes} min</source>
        <translation>semana del {week}: {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {minutes} min, %n session(s)</source>
        <translation>
            <numerusform>Semana del {day}: {minutes} min, %n sesión</numerusform>
            <numerusform>Semana del {day}: {minutes} min, %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ask_resume</name>
    <message>
        <source>Unfinished workout</source>
        <translation>Entrenamiento sin terminar</translation>
    </message>
    <message>
        <source>{title}, started {started}, was cut off after {done} of {planned} sets.</source>
        <translation>{title}, empezado el {started}, se interrumpió tras {done} de {planned} series.</translation>
    </message>
    <message>
        <source>Resume it where it stopped, or keep it in the history as it is?</source>
        <translation>¿Reanudarlo donde se detuvo o dejarlo en el historial tal como está?</translation>
    </message>
    <message>
        <source>Resume at step {step}</source>
        <translation>Reanudar en el paso {step}</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Dejar como está</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be at most {0} characters</source>
        <translation>debe tener como máximo {0} caracteres</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>debe ser al menos {0}</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>debe ser como máximo {0}</translation>
    </message>
    <message>
        <source>use only a-z, 0-9 and single dashes</source>
        <translation>usa solo a-z, 0-9 y guiones simples</translation>
    </message>
    <message>
        <source>a routine may have at most 1 block</source>
        <translation>una rutina puede tener como máximo 1 bloque</translation>
    </message>
    <message>
        <source>a routine may have at most {count} blocks</source>
        <translation>una rutina puede tener como máximo {count} bloques</translation>
    </message>
    <message>
        <source>a routine needs at least {count} blocks</source>
        <translation>una rutina necesita al menos {count} bloques</translation>
    </message>
    <message>
        <source>a block may have at most {count} moves</source>
        <translation>un bloque puede tener como máximo {count} ejercicios</translation>
    </message>
    <message>
        <source>a block needs at least {count} moves</source>
        <translation>un bloque necesita al menos {count} ejercicios</translation>
    </message>
    <message>
        <source>a routine needs at least 1 block</source>
        <translation>una rutina necesita al menos 1 bloque</translation>
    </message>
    <message>
        <source>a block may have at most 1 move</source>
        <translation>un bloque puede tener como máximo 1 ejercicio</translation>
    </message>
    <message>
        <source>a block needs at least 1 move</source>
        <translation>un bloque necesita al menos 1 ejercicio</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Block “{block}”</source>
        <translation>Bloque «{block}»</translation>
    </message>
    <message>
        <source>“{block}”, move “{move}”</source>
        <translation>«{block}», ejercicio «{move}»</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d MMM</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Full screen (F)</source>
        <translation>&amp;Pantalla completa (F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Adjust this routine…</source>
        <translation>&amp;Ajustar esta rutina…</translation>
    </message>
    <message>
        <source>&amp;Default intervals…</source>
        <translation>Intervalos por &amp;defecto…</translation>
    </message>
    <message>
        <source>&amp;Voice…</source>
        <translation>&amp;Voz…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Mostrar la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About BackTrainer</source>
        <translation>&amp;Acerca de BackTrainer</translation>
    </message>
</context>
<context>
    <name>setup_fields</name>
    <message>
        <source>get-ready time</source>
        <translation>tiempo de preparación</translation>
    </message>
    <message>
        <source>work time</source>
        <translation>tiempo de trabajo</translation>
    </message>
    <message>
        <source>rest between moves</source>
        <translation>descanso entre ejercicios</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>descanso entre rondas</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>rondas</translation>
    </message>
    <message>
        <source>switch-sides pause</source>
        <translation>pausa para cambiar de lado</translation>
    </message>
    <message>
        <source>tempo scale</source>
        <translation>escala de tempo</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name}: debe estar entre {low} y {high}, no {value}</translation>
    </message>
</context>
</TS>
