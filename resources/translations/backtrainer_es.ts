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
</TS>
