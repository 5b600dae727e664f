<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BackTrainer</source>
        <translation>Acerca de BackTrainer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Hands-free back and upper-body workouts for runners.</source>
        <translation>Entrenamientos de espalda y tren superior, manos libres, para corredores.</translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or any later version).</source>
        <translation>Licencia: %1 (GNU General Public License, versión 3 o cualquier versión posterior).</translation>
    </message>
    <message>
        <source>The bundled routines and their sources</source>
        <translation>Las rutinas incluidas y sus fuentes</translation>
    </message>
    <message>
        <source>The exercises, doses and structure are the sources&apos;; the instructions are written in BackTrainer&apos;s own words, and any move BackTrainer added is marked as added.</source>
        <translation>Los ejercicios, las cargas y la estructura son de las fuentes; las instrucciones están escritas con palabras propias de BackTrainer, y todo ejercicio que BackTrainer añadió está marcado como añadido.</translation>
    </message>
</context>
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
    <name>FitExportButton</name>
    <message>
        <source>E&amp;xport to Garmin/Strava (FIT)</source>
        <translation>E&amp;xportar a Garmin/Strava (FIT)</translation>
    </message>
    <message>
        <source>Save sessions as FIT activity files, one per session, into a folder: for Garmin Connect and Strava</source>
        <translation>Guardar las sesiones como archivos de actividad FIT, uno por sesión, en una carpeta: para Garmin Connect y Strava</translation>
    </message>
    <message>
        <source>The &amp;selected sessions…</source>
        <translation>Las sesiones &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;Every session shown…</source>
        <translation>&amp;Todas las sesiones mostradas…</translation>
    </message>
    <message>
        <source>Export to Garmin/Strava (FIT): choose a folder</source>
        <translation>Exportar a Garmin/Strava (FIT): elige una carpeta</translation>
    </message>
    <message>
        <source>No session to export as FIT: none of them has a set done.</source>
        <translation>Ninguna sesión para exportar como FIT: ninguna tiene una serie hecha.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>No se pudo exportar a %1: %2.</translation>
    </message>
    <message>
        <source>Could not export: %1.</source>
        <translation>No se pudo exportar: %1.</translation>
    </message>
    <message>
        <source>upload them in Garmin Connect (Import Data) or Strava (Upload activity)</source>
        <translation>súbelos en Garmin Connect (Importar datos) o Strava (Subir actividad)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n FIT file(s) to %1</source>
        <translation>
            <numerusform>%n archivo FIT exportado a %1</numerusform>
            <numerusform>%n archivos FIT exportados a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a set done left out</source>
        <translation>
            <numerusform>%n sesión sin ninguna serie hecha se ha omitido</numerusform>
            <numerusform>%n sesiones sin ninguna serie hecha se han omitido</numerusform>
        </translation>
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
    <message>
        <source>This week&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} of {goal}&lt;/span&gt; planned · {time}&lt;br&gt;{progress}</source>
        <translation>Esta semana&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} de {goal}&lt;/span&gt; previstas · {time}&lt;br&gt;{progress}</translation>
    </message>
    <message>
        <source>Your weekly plan sets the goal (Settings &gt; Weekly plan)</source>
        <translation>Tu plan semanal marca el objetivo (Ajustes &gt; Plan semanal)</translation>
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
    <name>MainWindow</name>
    <message>
        <source>The log folder could not be opened. It is %1</source>
        <translation>No se pudo abrir la carpeta de registros. Está en %1</translation>
    </message>
    <message>
        <source>Leave full screen  [F]</source>
        <translation>Salir de pantalla completa  [F]</translation>
    </message>
    <message>
        <source>Full screen  [F]</source>
        <translation>Pantalla completa  [F]</translation>
    </message>
    <message>
        <source>Stop this workout now? What you did so far is kept.</source>
        <translation>¿Terminar el entrenamiento ahora? Lo que llevas hecho se guarda.</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>¿Terminar el entrenamiento?</translation>
    </message>
    <message>
        <source>Stop the workout and quit? What you did so far is kept.</source>
        <translation>¿Terminar el entrenamiento y salir? Lo que llevas hecho se guarda.</translation>
    </message>
    <message>
        <source>Quit BackTrainer?</source>
        <translation>¿Salir de BackTrainer?</translation>
    </message>
    <message>
        <source>A workout is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
    <message>
        <source>Preparing the voice…</source>
        <translation>Preparando la voz…</translation>
    </message>
</context>
<context>
    <name>MicCheck</name>
    <message>
        <source>Say “pause” now…</source>
        <translation>Di «pause» ahora (en inglés)…</translation>
    </message>
    <message>
        <source>Heard “pause”: voice commands work with this microphone.</source>
        <translation>Se oyó «pause»: los comandos de voz funcionan con este micrófono.</translation>
    </message>
    <message>
        <source>Nothing was heard. Is the microphone on, and close enough? The meter should move as you speak.</source>
        <translation>No se oyó nada. ¿Está el micrófono encendido y lo bastante cerca? El indicador debería moverse al hablar.</translation>
    </message>
    <message>
        <source>Heard “%1”, another command; say “pause”.</source>
        <translation>Se oyó «%1», otro comando; di «pause».</translation>
    </message>
    <message>
        <source>Heard something (“%1”), not a command; say “pause” again.</source>
        <translation>Se oyó algo («%1»), pero no es un comando; di «pause» otra vez.</translation>
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
        <source>Blocks and moves</source>
        <translation>Bloques y ejercicios</translation>
    </message>
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
</context>
<context>
    <name>PlanPreview</name>
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
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Total —</source>
        <translation>Total —</translation>
    </message>
    <message>
        <source>No plan while the routine is not valid: {reason}</source>
        <translation>No hay plan mientras la rutina no sea válida: {reason}</translation>
    </message>
</context>
<context>
    <name>ProgressionOffer</name>
    <message>
        <source>Ready for more?</source>
        <translation>¿Listo para más?</translation>
    </message>
    <message>
        <source>Accept %1 x %2</source>
        <translation>Aceptar %1 × %2</translation>
    </message>
    <message>
        <source>Accept %1 %2 x %3</source>
        <translation>Aceptar %1: %2 × %3</translation>
    </message>
    <message numerus="yes">
        <source>When you finish every set of a move in full, BackTrainer proposes %n more reps per set next time, up to the move&apos;s target.</source>
        <translation>
            <numerusform>Cuando completas todas las series de un ejercicio, BackTrainer propone %n repetición más por serie la próxima vez, hasta el objetivo del ejercicio.</numerusform>
            <numerusform>Cuando completas todas las series de un ejercicio, BackTrainer propone %n repeticiones más por serie la próxima vez, hasta el objetivo del ejercicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 x %3 done in full. Next time %2 x %4 (target %5 x %6)?</source>
        <translation>%1: %2 × %3 completadas. ¿La próxima vez %2 × %4 (objetivo %5 × %6)?</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>%1: %2 x %3 from next time.</source>
        <translation>%1: %2 × %3 desde la próxima vez.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>Your own copy of “%1”, saved as %2 in your routines folder. The original stays as it is.</source>
        <translation>Tu propia copia de «%1», guardada como %2 en tu carpeta de rutinas. La original se queda como está.</translation>
    </message>
    <message>
        <source>Your routine, in %1.</source>
        <translation>Tu rutina, en %1.</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>La rutina no se importó</translation>
    </message>
    <message>
        <source>Imported “%1” into %2.</source>
        <translation>«%1» importada en %2.</translation>
    </message>
    <message>
        <source>%1

Could not write the file: %2</source>
        <translation>%1

No se pudo escribir el archivo: %2</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>La rutina no se exportó</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>«%1» exportada a %2.</translation>
    </message>
    <message>
        <source>Bundled routine</source>
        <translation>Rutina incluida</translation>
    </message>
    <message>
        <source>“%1” comes with BackTrainer and cannot be deleted.</source>
        <translation>«%1» viene con BackTrainer y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminada</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>«%1» eliminada (%2).</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>La rutina no se guardó</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>«%1» guardada en %2.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>¿Reemplazar tu rutina?</translation>
    </message>
    <message>
        <source>You already have a routine with the id %1 (“%2”, %3). Replace it with the imported one?</source>
        <translation>Ya tienes una rutina con el id %1 («%2», %3). ¿Reemplazarla por la importada?</translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation>¿Eliminar la rutina?</translation>
    </message>
    <message>
        <source>Delete “%1”? Its file %2 is removed; the history of the workouts you did with it is kept.</source>
        <translation>¿Eliminar «%1»? Se borra su archivo %2; el historial de los entrenamientos que hiciste con ella se conserva.</translation>
    </message>
    <message>
        <source>the system refused it (Help &gt; Show the log folder has the details)</source>
        <translation>el sistema lo rechazó (los detalles están en Ayuda &gt; Mostrar la carpeta del registro)</translation>
    </message>
    <message>
        <source>File: %1
Where: %2
Why: %3</source>
        <translation>Archivo: %1
Dónde: %2
Motivo: %3</translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>unos %n min</numerusform>
            <numerusform>unos %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>✚ added by BackTrainer</source>
        <translation>✚ añadido por BackTrainer</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>tempo up</source>
        <translation>tempo subida</translation>
    </message>
    <message>
        <source>tempo hold</source>
        <translation>tempo pausa</translation>
    </message>
    <message>
        <source>tempo down</source>
        <translation>tempo bajada</translation>
    </message>
    <message>
        <source>progression target</source>
        <translation>meta de progresión</translation>
    </message>
    <message>
        <source>variation dose</source>
        <translation>dosis de la variante</translation>
    </message>
    <message>
        <source>✚ %1 assumed by BackTrainer</source>
        <translation>✚ %1 supuesto por BackTrainer</translation>
    </message>
    <message>
        <source>, each side</source>
        <translation>, cada lado</translation>
    </message>
    <message>
        <source>, alternating sides</source>
        <translation>, alternando lados</translation>
    </message>
    <message>
        <source>, seesaw (one side lifts as the other lowers)</source>
        <translation>, en balancín (un lado sube mientras el otro baja)</translation>
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
        <translation>alternando</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>en balancín</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>por lado</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modos</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Set-up (%1 s):</source>
        <translation>Preparación (%1 s):</translation>
    </message>
    <message>
        <source>Form cue:</source>
        <translation>Clave técnica:</translation>
    </message>
    <message>
        <source>Uses:</source>
        <translation>Usa:</translation>
    </message>
    <message>
        <source>Works:</source>
        <translation>Trabaja:</translation>
    </message>
    <message>
        <source>Progression:</source>
        <translation>Progresión:</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Easier:</source>
        <translation>Más fácil:</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Más difícil:</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>, hold %1 s</source>
        <translation>, mantener %1 s</translation>
    </message>
    <message>
        <source>, pause %1 s</source>
        <translation>, pausa %1 s</translation>
    </message>
    <message>
        <source>%1 s up%2, %3 s down%4</source>
        <translation>%1 s de subida%2, %3 s de bajada%4</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>work interval</source>
        <translation>intervalo de trabajo</translation>
    </message>
    <message>
        <source>, left side first</source>
        <translation>, primero el lado izquierdo</translation>
    </message>
    <message>
        <source>, right side first</source>
        <translation>, primero el lado derecho</translation>
    </message>
    <message>
        <source>both sides at once</source>
        <translation>ambos lados a la vez</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>prepárate</translation>
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
        <translation>terminado</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 por lado</translation>
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
    <name>RoutinePicker</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Cargando rutinas…</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Detalles de la rutina</translation>
    </message>
    <message>
        <source>Start  [Enter]</source>
        <translation>Empezar  [Intro]</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>A&amp;justar…</translation>
    </message>
    <message>
        <source>Work and rest times, rounds, tempo, each move&apos;s dose</source>
        <translation>Tiempos de trabajo y descanso, rondas, ritmo, carga de cada ejercicio</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Duplicate and &amp;edit…</source>
        <translation>Duplicar y &amp;editar…</translation>
    </message>
    <message>
        <source>Make your own copy of this routine and change it (Ctrl+D)</source>
        <translation>Hacer tu propia copia de esta rutina y cambiarla (Ctrl+D)</translation>
    </message>
    <message>
        <source> · your routine</source>
        <translation> · tu rutina</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Enfoque: %1</translation>
    </message>
    <message>
        <source>Some routine files could not be loaded:</source>
        <translation>No se pudieron cargar algunos archivos de rutina:</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>unos %n min</numerusform>
            <numerusform>unos %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
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
    <name>SetupControl</name>
    <message>
        <source>No weekly plan to export yet: make one in Settings &gt; Weekly plan.</source>
        <translation>Aún no hay plan semanal que exportar: crea uno en Ajustes &gt; Plan semanal.</translation>
    </message>
    <message>
        <source>Not exported: %1.</source>
        <translation>No exportado: %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>No se pudo exportar a %1: %2.</translation>
    </message>
    <message>
        <source>Exported %1 weekly events (%2 time) to %3.</source>
        <translation>%1 eventos semanales (hora de %2) exportados a %3.</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Type to find a key or what it does</source>
        <translation>Busca una tecla o lo que hace</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Ningún atajo coincide.</translation>
    </message>
    <message>
        <source>Space or the media key</source>
        <translation>Espacio o la tecla multimedia</translation>
    </message>
    <message>
        <source>Right or N</source>
        <translation>Derecha o N</translation>
    </message>
    <message>
        <source>Left or B</source>
        <translation>Izquierda o B</translation>
    </message>
    <message>
        <source>F or F11</source>
        <translation>F o F11</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <source>Workout: pause / resume</source>
        <translation>Entrenamiento: pausar / continuar</translation>
    </message>
    <message>
        <source>Workout: next step</source>
        <translation>Entrenamiento: paso siguiente</translation>
    </message>
    <message>
        <source>Workout: back (restarts the step after 3 s)</source>
        <translation>Entrenamiento: atrás (reinicia el paso pasados 3 s)</translation>
    </message>
    <message>
        <source>Workout: add 10 s to this step (a rep set: give back reps taken off)</source>
        <translation>Entrenamiento: añadir 10 s a este paso (serie de repeticiones: devolver las repeticiones quitadas)</translation>
    </message>
    <message>
        <source>Workout: remove 10 s from this step (a rep set: whole reps)</source>
        <translation>Entrenamiento: quitar 10 s a este paso (serie de repeticiones: repeticiones enteras)</translation>
    </message>
    <message>
        <source>Workout: full screen, or leave it</source>
        <translation>Entrenamiento: pantalla completa, o salir de ella</translation>
    </message>
    <message>
        <source>Workout: leave full screen, then stop (asks first)</source>
        <translation>Entrenamiento: salir de pantalla completa, luego parar (pregunta antes)</translation>
    </message>
    <message>
        <source>Routines: start the selected routine</source>
        <translation>Rutinas: empezar la rutina seleccionada</translation>
    </message>
    <message>
        <source>Workout: show or hide the move&apos;s form points and safety line</source>
        <translation>Entrenamiento: mostrar u ocultar las indicaciones técnicas y de seguridad del ejercicio</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Workout complete — well done!</source>
        <translation>Entrenamiento completado: ¡buen trabajo!</translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>Time: %1 of %2 planned</source>
        <translation>Tiempo: %1 de %2 previstos</translation>
    </message>
    <message>
        <source>Sets done: %1 of %2</source>
        <translation>Series hechas: %1 de %2</translation>
    </message>
    <message>
        <source>Skipped or cut short:</source>
        <translation>Saltados o acortados:</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Time changed:</source>
        <translation>Tiempo cambiado:</translation>
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
        <translation>Volver a las rutinas  [Intro]</translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>● Listening</source>
        <translation>● Escuchando</translation>
    </message>
    <message>
        <source>○ Not listening: %1</source>
        <translation>○ Sin escuchar: %1</translation>
    </message>
    <message>
        <source>listening stopped (see the log).</source>
        <translation>la escucha se detuvo (mira el registro).</translation>
    </message>
    <message>
        <source>%1 Check the microphone in Settings &gt; Voice; the keys work as always.</source>
        <translation>%1 Revisa el micrófono en Ajustes &gt; Voz; las teclas funcionan como siempre.</translation>
    </message>
    <message>
        <source>Stop the workout? Say “yes”.</source>
        <translation>¿Terminar el entrenamiento? Di «yes».</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Oído: %1</translation>
    </message>
    <message>
        <source>Listening for voice commands</source>
        <translation>Escuchando comandos de voz</translation>
    </message>
    <message>
        <source>Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout” (in English)</source>
        <translation>Di «pause», «continue», «skip ahead», «go back», «repeat» o «cancel workout» (en inglés)</translation>
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
        <source>As the system (LANG)</source>
        <translation>Como el sistema (LANG)</translation>
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
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;1 Voice</source>
        <translation>&amp;1 Voz</translation>
    </message>
    <message>
        <source>&amp;2 Voice commands</source>
        <translation>&amp;2 Órdenes de voz</translation>
    </message>
    <message>
        <source>&amp;Listen for commands (pause, continue, skip ahead, repeat…)</source>
        <translation>Escuchar ór&amp;denes (pause, continue, skip ahead, repeat…)</translation>
    </message>
    <message>
        <source>Voice commands need the speech recogniser: pip install &apos;pocketsphinx&gt;=5&apos;.</source>
        <translation>Los comandos de voz necesitan el reconocedor de voz: pip install &apos;pocketsphinx&gt;=5&apos;.</translation>
    </message>
    <message>
        <source>Voice commands need a microphone, and none was found.</source>
        <translation>Los comandos de voz necesitan un micrófono, y no se encontró ninguno.</translation>
    </message>
    <message>
        <source>Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout” (then “yes”). Heard on this computer only: nothing leaves it.</source>
        <translation>Di «pause», «continue», «skip ahead», «go back», «repeat» o «cancel workout» (y luego «yes»): las órdenes son en inglés. Solo las oye este ordenador: nada sale de él.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>&amp;Say “pause” to test</source>
        <translation>Di «pause» para pro&amp;bar</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Micrófono predeterminado</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Micrófono</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>The language of the cues (at once) and of the window (from the next start).</source>
        <translation>El idioma de los avisos (al momento) y de la ventana (desde el próximo inicio).</translation>
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
    <name>WeekPlanDialog</name>
    <message>
        <source>Weekly plan</source>
        <translation>Plan semanal</translation>
    </message>
    <message>
        <source>The sessions you plan each week. History measures each week against them, and your calendar can remind you (Export to calendar).</source>
        <translation>Las sesiones que planificas cada semana. El historial mide cada semana con ellas, y tu calendario puede recordártelas (Exportar al calendario).</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Sesiones planificadas</translation>
    </message>
    <message>
        <source>&amp;Planned sessions</source>
        <translation>Sesiones &amp;planificadas</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>&amp;Add a session</source>
        <translation>&amp;Añadir una sesión</translation>
    </message>
    <message>
        <source>Re&amp;move  [Del]</source>
        <translation>&amp;Quitar  [Supr]</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xportar al calendario (.ics)…</translation>
    </message>
    <message>
        <source>A weekly event for each planned session, with a reminder 15 minutes before</source>
        <translation>Un evento semanal por cada sesión planificada, con un aviso 15 minutos antes</translation>
    </message>
    <message>
        <source>There is no routine to plan.</source>
        <translation>No hay ninguna rutina que planificar.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n sessions a week.</source>
        <translation>
            <numerusform>Como máximo %n sesión por semana.</numerusform>
            <numerusform>Como máximo %n sesiones por semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two sessions on %1 at %2: change one of them.</source>
        <translation>Dos sesiones el %1 a las %2: cambia una de ellas.</translation>
    </message>
    <message>
        <source>This plan cannot be saved.</source>
        <translation>Este plan no se puede guardar.</translation>
    </message>
    <message>
        <source>Export the weekly plan to a calendar</source>
        <translation>Exportar el plan semanal a un calendario</translation>
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
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>TRABAJO</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CAMBIA DE LADO</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <source>PAUSED — press Space to resume</source>
        <translation>EN PAUSA — Espacio para continuar</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>IZQUIERDA</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DERECHA</translation>
    </message>
    <message>
        <source>ALTERNATE</source>
        <translation>ALTERNO</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>alternando lados</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>en balancín</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>por lado</translation>
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
        <translation>alternando</translation>
    </message>
    <message numerus="yes">
        <source>up to %n reps each side</source>
        <translation>
            <numerusform>hasta %n repetición por lado</numerusform>
            <numerusform>hasta %n repeticiones por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n reps</source>
        <translation>
            <numerusform>hasta %n repetición</numerusform>
            <numerusform>hasta %n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps each side</source>
        <translation>
            <numerusform>%n repetición por lado</numerusform>
            <numerusform>%n repeticiones por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
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
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Ronda %1 de %2</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>serie %1</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>prepárate</translation>
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
        <translation>terminado</translation>
    </message>
    <message>
        <source>▲ lift</source>
        <translation>▲ subir</translation>
    </message>
    <message>
        <source>■ hold</source>
        <translation>■ mantener</translation>
    </message>
    <message>
        <source>▼ lower</source>
        <translation>▼ bajar</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>WorkoutView</name>
    <message>
        <source>session progress</source>
        <translation>progreso de la sesión</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progreso</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>next up heading</source>
        <translation>título «A continuación»</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalle</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>form</source>
        <translation>técnica</translation>
    </message>
    <message>
        <source>step progress</source>
        <translation>progreso del paso</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>ritmo</translation>
    </message>
    <message>
        <source>countdown</source>
        <translation>cuenta atrás</translation>
    </message>
    <message>
        <source>count of</source>
        <translation>contador</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>subtítulo</translation>
    </message>
    <message>
        <source>next up</source>
        <translation>a continuación</translation>
    </message>
    <message>
        <source>◀ Back  [B]</source>
        <translation>◀ Atrás  [B]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pausa  [Espacio]</translation>
    </message>
    <message>
        <source>Next ▶  [N]</source>
        <translation>Siguiente ▶  [N]</translation>
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
        <translation>Técnica  [I]</translation>
    </message>
    <message>
        <source>Full screen  [F]</source>
        <translation>Pantalla completa  [F]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Parar  [Esc]</translation>
    </message>
    <message>
        <source>Hide form  [I]</source>
        <translation>Ocultar técnica  [I]</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>stop at a slight strain</source>
        <translation>para al notar tensión</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Last one!</source>
        <translation>¡Último ejercicio!</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Continuar  [Espacio]</translation>
    </message>
    <message>
        <source>No form points for this move.</source>
        <translation>Sin indicaciones técnicas para este ejercicio.</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>No routine %1 to start.</source>
        <translation>No hay ninguna rutina %1 que empezar.</translation>
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
        <source>a routine needs at least 1 block</source>
        <translation>una rutina necesita al menos 1 bloque</translation>
    </message>
    <message>
        <source>a routine needs at least {count} blocks</source>
        <translation>una rutina necesita al menos {count} bloques</translation>
    </message>
    <message>
        <source>a block may have at most 1 move</source>
        <translation>un bloque puede tener como máximo 1 ejercicio</translation>
    </message>
    <message>
        <source>a block may have at most {count} moves</source>
        <translation>un bloque puede tener como máximo {count} ejercicios</translation>
    </message>
    <message>
        <source>a block needs at least 1 move</source>
        <translation>un bloque necesita al menos 1 ejercicio</translation>
    </message>
    <message>
        <source>a block needs at least {count} moves</source>
        <translation>un bloque necesita al menos {count} ejercicios</translation>
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
        <source>&amp;Weekly plan…</source>
        <translation>&amp;Plan semanal…</translation>
    </message>
    <message>
        <source>&amp;Export weekly plan to calendar…</source>
        <translation>&amp;Exportar el plan semanal al calendario…</translation>
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
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;Duplicate and edit…</source>
        <translation>&amp;Duplicar y editar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Help &gt; Show the log folder has the details.</source>
        <translation>Los detalles están en Ayuda &gt; Mostrar la carpeta del registro.</translation>
    </message>
    <message>
        <source>No voice could be loaded. Windows has voices built in (Settings &gt; Time &amp; language &gt; Speech); if this stays, reinstall BackTrainer.</source>
        <translation>No se pudo cargar ninguna voz. Windows trae voces integradas (Configuración &gt; Hora e idioma &gt; Voz); si sigue igual, reinstala BackTrainer.</translation>
    </message>
    <message>
        <source>No voice could be loaded. macOS has voices built in (System Settings &gt; Accessibility &gt; Spoken Content); if this stays, reinstall BackTrainer.</source>
        <translation>No se pudo cargar ninguna voz. macOS trae voces integradas (Ajustes del Sistema &gt; Accesibilidad &gt; Contenido leído); si sigue igual, reinstala BackTrainer.</translation>
    </message>
    <message>
        <source>No voice installed: sudo apt install espeak-ng, then restart BackTrainer.</source>
        <translation>No hay ninguna voz instalada: sudo apt install espeak-ng y vuelve a abrir BackTrainer.</translation>
    </message>
    <message>
        <source>No sound output: connect speakers or headphones (or check the system&apos;s sound settings), then restart BackTrainer.</source>
        <translation>No hay salida de sonido: conecta altavoces o auriculares (o revisa los ajustes de sonido del sistema) y vuelve a abrir BackTrainer.</translation>
    </message>
    <message>
        <source>Until then every cue is shown as a caption.</source>
        <translation>Mientras tanto, cada indicación se muestra como subtítulo.</translation>
    </message>
    <message>
        <source>%1 could not be resumed. It stays in the history and is offered again the next time BackTrainer starts; you can also start it afresh from the list. %2</source>
        <translation>No se pudo reanudar %1. Sigue en el historial y se ofrecerá de nuevo la próxima vez que abras BackTrainer; también puedes empezarlo de cero desde la lista. %2</translation>
    </message>
    <message>
        <source>Another BackTrainer is open, so this one does not save workouts. Close the other one, then start BackTrainer again.</source>
        <translation>Hay otro BackTrainer abierto, así que este no guarda los entrenamientos. Cierra el otro y vuelve a abrir BackTrainer.</translation>
    </message>
    <message>
        <source>The workout history was written by a newer BackTrainer, so workouts are not saved here. Update BackTrainer.</source>
        <translation>El historial de entrenamientos lo escribió un BackTrainer más reciente, así que aquí no se guardan los entrenamientos. Actualiza BackTrainer.</translation>
    </message>
    <message>
        <source>The last entry of the workout history was cut short (BackTrainer was closed while saving it); everything before it is kept. Nothing to do.</source>
        <translation>La última entrada del historial quedó incompleta (BackTrainer se cerró mientras la guardaba); todo lo anterior se conserva. No hay que hacer nada.</translation>
    </message>
    <message>
        <source>The workout history was damaged and has been repaired; a copy of the file as it was is kept beside it. Nothing to do.</source>
        <translation>El historial de entrenamientos estaba dañado y se ha reparado; al lado se guarda una copia del archivo tal como estaba. No hay que hacer nada.</translation>
    </message>
    <message>
        <source>Part of the workout history is damaged; the rest is shown.</source>
        <translation>Parte del historial de entrenamientos está dañada; se muestra el resto.</translation>
    </message>
    <message>
        <source>An older history file could not be read; it is left as it is.</source>
        <translation>No se pudo leer un archivo de historial antiguo; se deja como está.</translation>
    </message>
    <message>
        <source>The workout history cannot be saved: workouts are kept in memory and saving is tried again at every step. Check that the disk is not full.</source>
        <translation>El historial de entrenamientos no se puede guardar: los entrenamientos se mantienen en memoria y se vuelve a intentar guardar en cada paso. Comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>The workout history cannot be read or written, so workouts are not saved.</source>
        <translation>El historial de entrenamientos no se puede leer ni escribir, así que los entrenamientos no se guardan.</translation>
    </message>
    <message>
        <source>Something went wrong with the workout history.</source>
        <translation>Algo ha fallado con el historial de entrenamientos.</translation>
    </message>
    <message>
        <source>Another BackTrainer is open on the same data folder, so this change is not saved. Close the other one and start again to save here.</source>
        <translation>Hay otro BackTrainer abierto con la misma carpeta de datos, así que este cambio no se guarda. Cierra el otro y vuelve a empezar para guardar aquí.</translation>
    </message>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full.</source>
        <translation>No se pudieron guardar tus ajustes. Comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Your settings were written by a newer BackTrainer: they are left as they are, the default intervals are used and changes are not saved. Update BackTrainer.</source>
        <translation>Tus ajustes los escribió un BackTrainer más reciente: se dejan como están, se usan los intervalos por defecto y los cambios no se guardan. Actualiza BackTrainer.</translation>
    </message>
    <message>
        <source>Your settings file could not be read; it was set aside and the default intervals are used. Check Settings &gt; Default intervals.</source>
        <translation>No se pudo leer tu archivo de ajustes; se ha apartado y se usan los intervalos por defecto. Revisa Ajustes &gt; Intervalos por defecto.</translation>
    </message>
    <message>
        <source>Your voice and theme choices could not be saved. Check that the disk is not full.</source>
        <translation>No se pudo guardar tu elección de voz y tema. Comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Your preferences were written by a newer BackTrainer: they are left as they are and changes are not saved. Update BackTrainer.</source>
        <translation>Tus preferencias las escribió un BackTrainer más reciente: se dejan como están y los cambios no se guardan. Actualiza BackTrainer.</translation>
    </message>
    <message>
        <source>Your preferences could not be read, so changes are not saved.</source>
        <translation>No se pudieron leer tus preferencias, así que los cambios no se guardan.</translation>
    </message>
    <message>
        <source>Your preferences file (voice, theme) could not be read; it was set aside and the defaults are used. Choose them again in Settings &gt; Voice and View &gt; Theme.</source>
        <translation>No se pudo leer tu archivo de preferencias (voz, tema); se ha apartado y se usan los valores por defecto. Vuelve a elegirlos en Ajustes &gt; Voz y Ver &gt; Tema.</translation>
    </message>
    <message>
        <source>This set&apos;s reps are not timed: press Right to end it.</source>
        <translation>Las repeticiones de esta serie no van por tiempo: pulsa Derecha para terminarla.</translation>
    </message>
    <message>
        <source>This set already has all its %1 reps. More reps: Settings &gt; Adjust this routine (Ctrl+I).</source>
        <translation>Esta serie ya tiene sus %1 repeticiones. Para más repeticiones: Ajustes &gt; Ajustar esta rutina (Ctrl+I).</translation>
    </message>
    <message>
        <source>Rep %1 is the last one already: press Right to end the set.</source>
        <translation>La repetición %1 ya es la última: pulsa Derecha para terminar la serie.</translation>
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
