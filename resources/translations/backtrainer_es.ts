<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
