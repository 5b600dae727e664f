<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DefaultsDialog</name>
    <message>
        <source>Default intervals</source>
        <translation>Intervalles par défaut</translation>
    </message>
    <message>
        <source>each routine&apos;s own</source>
        <translation>celui de la routine</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <source>Used by every routine unless its own settings say otherwise.</source>
        <translation>Valables pour chaque routine, sauf si ses propres réglages en disent autrement.</translation>
    </message>
</context>
<context>
    <name>MoveRow</name>
    <message>
        <source> reps</source>
        <translation> rép.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Comme prévu</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>Next time: {move}, {sets} x {reps}.</source>
        <translation>La prochaine fois : {move}, {sets} × {reps}.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>&amp;Préparation :</translation>
    </message>
    <message>
        <source>&amp;Work time:</source>
        <translation>Temps d&apos;&amp;effort :</translation>
    </message>
    <message>
        <source>R&amp;est between moves:</source>
        <translation>&amp;Repos entre exercices :</translation>
    </message>
    <message>
        <source>Rest between r&amp;ounds:</source>
        <translation>Repos entre &amp;tours :</translation>
    </message>
    <message>
        <source>Ro&amp;unds:</source>
        <translation>T&amp;ours :</translation>
    </message>
    <message>
        <source>&amp;Switch-sides pause:</source>
        <translation>Changement de &amp;côté :</translation>
    </message>
    <message>
        <source>&amp;Tempo scale:</source>
        <translation>&amp;Facteur de tempo :</translation>
    </message>
    <message>
        <source>Adjust {title}</source>
        <translation>Ajuster {title}</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>&amp;Reset to the routine&apos;s defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut de la routine</translation>
    </message>
    <message>
        <source>Intervals (main blocks)</source>
        <translation>Intervalles (blocs principaux)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>routine: {seconds} s</source>
        <translation>routine : {seconds} s</translation>
    </message>
    <message>
        <source>routine: work time</source>
        <translation>routine : temps d&apos;effort</translation>
    </message>
    <message numerus="yes">
        <source>routine: %n rep(s)</source>
        <translation>
            <numerusform>routine : %n rép.</numerusform>
            <numerusform>routine : %n rép.</numerusform>
        </translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>par défaut : {value}</translation>
    </message>
    <message>
        <source> · the source recommends {low} to {high}</source>
        <translation> · la source recommande de {low} à {high}</translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps or has its own length</source>
        <translation>Non utilisé : en {mode}, chaque exercice se compte en répétitions ou a sa propre durée</translation>
    </message>
    <message>
        <source>Not used: every move in {mode} is counted in reps</source>
        <translation>Non utilisé : en {mode}, chaque exercice se compte en répétitions</translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps or has its own length</source>
        <translation>Non utilisé : ici, chaque exercice se compte en répétitions ou a sa propre durée</translation>
    </message>
    <message>
        <source>Not used: every move here is counted in reps</source>
        <translation>Non utilisé : ici, chaque exercice se compte en répétitions</translation>
    </message>
    <message>
        <source>Estimated total: — (fix the values marked in red)</source>
        <translation>Durée estimée : — (corrigez les valeurs en rouge)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated total: {total}&lt;/b&gt; (about {minutes} min; with the routine&apos;s defaults {as_written})</source>
        <translation>&lt;b&gt;Durée estimée : {total}&lt;/b&gt; (environ {minutes} min ; avec les valeurs de la routine {as_written})</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>The voice, its rate and volume, the beeps and Test need a voice; the choices below still set what the captions show.</source>
        <translation>La voix, son débit et son volume, les bips et Écouter nécessitent une voix ; les choix ci-dessous règlent quand même ce qu&apos;affichent les sous-titres.</translation>
    </message>
    <message>
        <source>Words (up, hold, down)</source>
        <translation>Mots (monter, tenir, descendre)</translation>
    </message>
    <message>
        <source>Sounds (rising and falling tones)</source>
        <translation>Sons (tons montants et descendants)</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Compte seulement</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voix par défaut</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> mots/min</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Beep on the last three seconds</source>
        <translation>Bip pendant les trois dernières secondes</translation>
    </message>
    <message>
        <source>In a rep set, how each lift, hold and lowering is given. The count and the side are always said.</source>
        <translation>Dans une série de répétitions, comment chaque montée, maintien et descente est annoncé. Le compte et le côté sont toujours dits.</translation>
    </message>
    <message>
        <source>&amp;Form reminders (once per move)</source>
        <translation>&amp;Rappels de posture (une fois par exercice)</translation>
    </message>
    <message>
        <source>A move&apos;s short form cue (“Hips back, back flat.”), said the first time it comes up in a session.</source>
        <translation>La courte consigne de posture d&apos;un exercice (« Hanches en arrière, dos plat. »), dite la première fois qu&apos;il apparaît dans une séance.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Débit</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <source>T&amp;empo of each rep</source>
        <translation>&amp;Tempo de chaque répétition</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Full screen (F)</source>
        <translation>&amp;Plein écran (F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Adjust this routine…</source>
        <translation>&amp;Ajuster cette séance…</translation>
    </message>
    <message>
        <source>&amp;Default intervals…</source>
        <translation>Intervalles par &amp;défaut…</translation>
    </message>
    <message>
        <source>&amp;Voice…</source>
        <translation>&amp;Voix…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Afficher le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;About BackTrainer</source>
        <translation>À &amp;propos de BackTrainer</translation>
    </message>
</context>
<context>
    <name>setup_fields</name>
    <message>
        <source>get-ready time</source>
        <translation>temps de préparation</translation>
    </message>
    <message>
        <source>work time</source>
        <translation>temps d&apos;effort</translation>
    </message>
    <message>
        <source>rest between moves</source>
        <translation>repos entre exercices</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>repos entre tours</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>tours</translation>
    </message>
    <message>
        <source>switch-sides pause</source>
        <translation>pause changement de côté</translation>
    </message>
    <message>
        <source>tempo scale</source>
        <translation>facteur de tempo</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} : doit être entre {low} et {high}, pas {value}</translation>
    </message>
</context>
</TS>
