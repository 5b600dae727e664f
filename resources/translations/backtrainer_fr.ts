<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BackTrainer</source>
        <translation>À propos de BackTrainer</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Hands-free back and upper-body workouts for runners.</source>
        <translation>Des séances mains libres pour le dos et le haut du corps, pour les coureurs.</translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or any later version).</source>
        <translation>Licence : %1 (GNU General Public License, version 3 ou toute version ultérieure).</translation>
    </message>
    <message>
        <source>The bundled routines and their sources</source>
        <translation>Les séances fournies et leurs sources</translation>
    </message>
    <message>
        <source>The exercises, doses and structure are the sources&apos;; the instructions are written in BackTrainer&apos;s own words, and any move BackTrainer added is marked as added.</source>
        <translation>Les exercices, les volumes et la structure viennent des sources ; les consignes sont écrites avec les mots de BackTrainer, et tout exercice ajouté par BackTrainer est signalé comme tel.</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Retour au calme</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <source>Interval settings apply to the main blocks only.</source>
        <translation>Les réglages d&apos;intervalles ne s&apos;appliquent qu&apos;aux blocs principaux.</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Superset</source>
        <translation>Superset</translation>
    </message>
    <message>
        <source>Straight sets</source>
        <translation>Séries classiques</translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation>Str&amp;ucture</translation>
    </message>
    <message>
        <source>Circuit and superset: every move once, then again for each round. Straight sets: all sets of one move, then the next move.</source>
        <translation>Circuit et superset : chaque exercice une fois, puis à nouveau à chaque tour. Séries classiques : toutes les séries d&apos;un exercice, puis l&apos;exercice suivant.</translation>
    </message>
    <message>
        <source>As the routine</source>
        <translation>Comme la routine</translation>
    </message>
    <message>
        <source>Roun&amp;ds</source>
        <translation>&amp;Nombre de tours</translation>
    </message>
    <message>
        <source>Main blocks: the routine&apos;s rounds; warm-up and cool-down: one.</source>
        <translation>Blocs principaux : les tours de la routine ; échauffement et retour au calme : un.</translation>
    </message>
    <message>
        <source>Both sides, move by move</source>
        <translation>Exercice par exercice</translation>
    </message>
    <message>
        <source>Whole circuit per side</source>
        <translation>Circuit entier par côté</translation>
    </message>
    <message>
        <source>&amp;One-sided moves</source>
        <translation>Exercices un&amp;ilatéraux</translation>
    </message>
    <message>
        <source>Both sides of a move before the next move, or the whole circuit on one side, then the whole circuit on the other.</source>
        <translation>Les deux côtés d&apos;un exercice avant le suivant, ou tout le circuit d&apos;un côté, puis tout le circuit de l&apos;autre.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>&amp;First side</source>
        <translation>&amp;Côté de départ</translation>
    </message>
    <message>
        <source>Rest &amp;between moves</source>
        <translation>Rep&amp;os entre exercices</translation>
    </message>
    <message>
        <source>Rest between ro&amp;unds</source>
        <translation>Repos entre tour&amp;s</translation>
    </message>
    <message>
        <source>Rest &amp;after the block</source>
        <translation>Repos &amp;après le bloc</translation>
    </message>
    <message>
        <source>As the routine ({rounds})</source>
        <translation>Comme la routine ({rounds})</translation>
    </message>
    <message>
        <source>One (not set)</source>
        <translation>Un (non défini)</translation>
    </message>
    <message>
        <source>As the routine ({seconds} s)</source>
        <translation>Comme la routine ({seconds} s)</translation>
    </message>
</context>
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
    <name>FitExportButton</name>
    <message>
        <source>E&amp;xport to Garmin/Strava (FIT)</source>
        <translation>E&amp;xporter vers Garmin/Strava (FIT)</translation>
    </message>
    <message>
        <source>Save sessions as FIT activity files, one per session, into a folder: for Garmin Connect and Strava</source>
        <translation>Enregistrer les séances en fichiers d&apos;activité FIT, un par séance, dans un dossier : pour Garmin Connect et Strava</translation>
    </message>
    <message>
        <source>The &amp;selected sessions…</source>
        <translation>Les séances &amp;sélectionnées…</translation>
    </message>
    <message>
        <source>&amp;Every session shown…</source>
        <translation>&amp;Toutes les séances affichées…</translation>
    </message>
    <message>
        <source>Export to Garmin/Strava (FIT): choose a folder</source>
        <translation>Exporter vers Garmin/Strava (FIT) : choisissez un dossier</translation>
    </message>
    <message>
        <source>No session to export as FIT: none of them has a set done.</source>
        <translation>Aucune séance à exporter en FIT : aucune n&apos;a de série faite.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>Export impossible vers %1 : %2.</translation>
    </message>
    <message>
        <source>Could not export: %1.</source>
        <translation>Export impossible : %1.</translation>
    </message>
    <message>
        <source>upload them in Garmin Connect (Import Data) or Strava (Upload activity)</source>
        <translation>importez-les dans Garmin Connect (Importer des données) ou Strava (Importer une activité)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n FIT file(s) to %1</source>
        <translation>
            <numerusform>%n fichier FIT exporté vers %1</numerusform>
            <numerusform>%n fichiers FIT exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a set done left out</source>
        <translation>
            <numerusform>%n séance sans série faite laissée de côté</numerusform>
            <numerusform>%n séances sans série faite laissées de côté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Routine filter</source>
        <translation>Filtre de routine</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Sur 4 semaines</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Sur 12 semaines</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Sho&amp;w short sessions</source>
        <translation>&amp;Montrer les courtes</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Séances affichées</translation>
    </message>
    <message>
        <source>R&amp;outine</source>
        <translation>R&amp;outine</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>A short session was stopped before its first set was done (an accidental start, say). It is kept, but counts in no number: not this week, not the streak, not the totals.</source>
        <translation>Une séance courte a été arrêtée avant la fin de sa première série (un démarrage par erreur, par exemple). Elle est gardée, mais ne compte nulle part : ni cette semaine, ni la série de semaines, ni les totaux.</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Toutes les routines</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) and {short} short shown</source>
        <translation>
            <numerusform>%n séance affichée · courtes : {short}</numerusform>
            <numerusform>%n séances affichées · courtes : {short}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n séance affichée</numerusform>
            <numerusform>%n séances affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n resumed part(s))</source>
        <translation>
            <numerusform> (+%n partie reprise)</numerusform>
            <numerusform> (+%n parties reprises)</numerusform>
        </translation>
    </message>
    <message>
        <source>A resumed part continues an interrupted session: one workout.</source>
        <translation>Une partie reprise continue une séance interrompue : un seul entraînement.</translation>
    </message>
</context>
<context>
    <name>HistoryLayout</name>
    <message>
        <source>← &amp;Back to routines</source>
        <translation>← Re&amp;tour aux routines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the sessions shown in the table to a file</source>
        <translation>Enregistrer dans un fichier les séances affichées dans le tableau</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problème d&apos;historique</translation>
    </message>
    <message>
        <source>The history is read-only here: editing and deleting are off.</source>
        <translation>L&apos;historique est ici en lecture seule : modification et suppression désactivées.</translation>
    </message>
    <message>
        <source>Deleted {count} sessions</source>
        <translation>{count} séances supprimées</translation>
    </message>
    <message>
        <source>Deleted the session of an unknown date</source>
        <translation>Séance à date inconnue supprimée</translation>
    </message>
    <message>
        <source>Deleted the session of {when}</source>
        <translation>Séance du {when} supprimée</translation>
    </message>
</context>
<context>
    <name>HistorySummaryPanel</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Série de semaines</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> séances par semaine</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>Weekly &amp;goal</source>
        <translation>Objectif &amp;hebdomadaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes per week&lt;/b&gt;, last 12 weeks</source>
        <translation>&lt;b&gt;Minutes par semaine&lt;/b&gt;, 12 dernières semaines</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Totals per routine</source>
        <translation>Totaux par routine</translation>
    </message>
    <message>
        <source>Goal reached ✓</source>
        <translation>Objectif atteint ✓</translation>
    </message>
    <message numerus="yes">
        <source>%n more to reach the goal</source>
        <translation>
            <numerusform>encore %n pour atteindre l&apos;objectif</numerusform>
            <numerusform>encore %n pour atteindre l&apos;objectif</numerusform>
        </translation>
    </message>
    <message>
        <source>This week&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} of {goal}&lt;/span&gt; sessions · {time}&lt;br&gt;{progress}</source>
        <translation>Cette semaine&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} sur {goal}&lt;/span&gt; séances · {time}&lt;br&gt;{progress}</translation>
    </message>
    <message>
        <source>This week&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} of {goal}&lt;/span&gt; planned · {time}&lt;br&gt;{progress}</source>
        <translation>Cette semaine&lt;br&gt;&lt;span style=&apos;{style}&apos;&gt;{done} sur {goal}&lt;/span&gt; prévues · {time}&lt;br&gt;{progress}</translation>
    </message>
    <message>
        <source>Your weekly plan sets the goal (Settings &gt; Weekly plan)</source>
        <translation>Votre planning de la semaine fixe l&apos;objectif (Réglages &gt; Planning de la semaine)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak&lt;br&gt;{weeks} in a row at the goal</source>
        <translation>Série&lt;br&gt;{weeks} d&apos;affilée à l&apos;objectif</translation>
    </message>
    <message>
        <source>Streak&lt;br&gt;{weeks}&lt;br&gt;Meet the goal this week to start one</source>
        <translation>Série&lt;br&gt;{weeks}&lt;br&gt;Atteignez l&apos;objectif cette semaine pour en lancer une</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All time&lt;/b&gt;: %n session(s), {time}</source>
        <translation>
            <numerusform>&lt;b&gt;Depuis le début&lt;/b&gt; : %n séance, {time}</numerusform>
            <numerusform>&lt;b&gt;Depuis le début&lt;/b&gt; : %n séances, {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not read the history: {problem}</source>
        <translation>Impossible de lire l&apos;historique : {problem}</translation>
    </message>
    <message>
        <source>Could not save the change: {problem}</source>
        <translation>Impossible d&apos;enregistrer la modification : {problem}</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}</source>
        <translation>Pas encore enregistré : {problem}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notes enregistrées.</translation>
    </message>
    <message>
        <source>This session is still being recorded: it cannot be deleted.</source>
        <translation>Cette séance est encore en cours d&apos;enregistrement : impossible de la supprimer.</translation>
    </message>
    <message>
        <source>The session still being recorded was not deleted.</source>
        <translation>La séance encore en cours d&apos;enregistrement n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>The {count} sessions still being recorded were not deleted.</source>
        <translation>Les {count} séances encore en cours d&apos;enregistrement n&apos;ont pas été supprimées.</translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation>Séance restaurée.</translation>
    </message>
    <message>
        <source>{count} sessions restored.</source>
        <translation>{count} séances restaurées.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>The goal could not be saved: {problem}</source>
        <translation>Impossible d&apos;enregistrer l&apos;objectif : {problem}</translation>
    </message>
    <message>
        <source>Export history as {format}</source>
        <translation>Exporter l&apos;historique en {format}</translation>
    </message>
    <message>
        <source>No sessions to export: the table is empty.</source>
        <translation>Aucune séance à exporter : le tableau est vide.</translation>
    </message>
    <message>
        <source>Could not export to {path}: {problem}.</source>
        <translation>Impossible d&apos;exporter vers {path} : {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>%n séance exportée vers {path}.</numerusform>
            <numerusform>%n séances exportées vers {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Impossible d&apos;ouvrir le dossier des journaux. Il se trouve ici : %1</translation>
    </message>
    <message>
        <source>Leave full screen  [F]</source>
        <translation>Quitter le plein écran  [F]</translation>
    </message>
    <message>
        <source>Full screen  [F]</source>
        <translation>Plein écran  [F]</translation>
    </message>
    <message>
        <source>Stop this workout now? What you did so far is kept.</source>
        <translation>Arrêter l&apos;entraînement maintenant ? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>Arrêter l&apos;entraînement ?</translation>
    </message>
    <message>
        <source>Stop the workout and quit? What you did so far is kept.</source>
        <translation>Arrêter l&apos;entraînement et quitter ? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>Quit BackTrainer?</source>
        <translation>Quitter BackTrainer ?</translation>
    </message>
    <message>
        <source>A workout is running</source>
        <translation>Un entraînement est en cours</translation>
    </message>
    <message>
        <source>Preparing the voice…</source>
        <translation>Préparation de la voix…</translation>
    </message>
</context>
<context>
    <name>MicCheck</name>
    <message>
        <source>Say “pause” now…</source>
        <translation>Dites « pause » maintenant (en anglais)…</translation>
    </message>
    <message>
        <source>Heard “pause”: voice commands work with this microphone.</source>
        <translation>« pause » entendu : les commandes vocales fonctionnent avec ce micro.</translation>
    </message>
    <message>
        <source>Nothing was heard. Is the microphone on, and close enough? The meter should move as you speak.</source>
        <translation>Rien entendu. Le micro est-il allumé et assez proche ? L&apos;indicateur doit bouger quand vous parlez.</translation>
    </message>
    <message>
        <source>Heard “%1”, another command; say “pause”.</source>
        <translation>Entendu « %1 », une autre commande ; dites « pause ».</translation>
    </message>
    <message>
        <source>Heard something (“%1”), not a command; say “pause” again.</source>
        <translation>Entendu quelque chose (« %1 »), pas une commande ; redites « pause ».</translation>
    </message>
</context>
<context>
    <name>MoveForm</name>
    <message>
        <source>Move</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation>Les deux côtés à la fois</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Chaque côté à tour de rôle</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Côtés en alternance</translation>
    </message>
    <message>
        <source>Seesaw (one side lifts as the other lowers)</source>
        <translation>Bascule (un côté monte pendant que l&apos;autre descend)</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>&amp;Côtés</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Chronométré</translation>
    </message>
    <message>
        <source>Reps, paced by a tempo</source>
        <translation>Répétitions, au rythme d&apos;un tempo</translation>
    </message>
    <message>
        <source>D&amp;ose</source>
        <translation>Do&amp;se</translation>
    </message>
    <message>
        <source>Per side for one-sided moves.</source>
        <translation>Par côté pour les exercices unilatéraux.</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>The routine&apos;s work time</source>
        <translation>Temps d&apos;effort de la routine</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>Répét&amp;itions</translation>
    </message>
    <message>
        <source>&amp;Up (lift)</source>
        <translation>Mo&amp;ntée (lever)</translation>
    </message>
    <message>
        <source>&amp;Hold at the top</source>
        <translation>Maintien en &amp;haut</translation>
    </message>
    <message>
        <source>Do&amp;wn (lower)</source>
        <translation>Descente (&amp;abaisser)</translation>
    </message>
    <message>
        <source>P&amp;ause at the bottom</source>
        <translation>&amp;Pause en bas</translation>
    </message>
    <message>
        <source>As many as &amp;comfortable</source>
        <translation>Autant que c&apos;est c&amp;onfortable</translation>
    </message>
    <message>
        <source>The reps are then the most, not a target.</source>
        <translation>Les répétitions sont alors un maximum, pas un objectif.</translation>
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
    <name>Outline</name>
    <message>
        <source>Blocks and moves</source>
        <translation>Blocs et exercices</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>chaque côté</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>en alternance</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>bascule</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>échauffement</translation>
    </message>
    <message>
        <source>cool-down</source>
        <translation>retour au calme</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n tour</numerusform>
            <numerusform>%n tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n rép.</numerusform>
            <numerusform>jusqu&apos;à %n rép.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rép.</numerusform>
            <numerusform>%n rép.</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>work time</source>
        <translation>temps d&apos;effort</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Étapes prévues</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Total {time}{mode} · %n set(s)</source>
        <translation>
            <numerusform>Total {time}{mode} · %n série</numerusform>
            <numerusform>Total {time}{mode} · %n séries</numerusform>
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
        <translation>Pas de plan tant que la routine n&apos;est pas valide : {reason}</translation>
    </message>
</context>
<context>
    <name>ProgressionOffer</name>
    <message>
        <source>Ready for more?</source>
        <translation>Prêt pour plus ?</translation>
    </message>
    <message>
        <source>Accept %1 x %2</source>
        <translation>Accepter %1 × %2</translation>
    </message>
    <message>
        <source>Accept %1 %2 x %3</source>
        <translation>Accepter %1 : %2 × %3</translation>
    </message>
    <message numerus="yes">
        <source>When you finish every set of a move in full, BackTrainer proposes %n more reps per set next time, up to the move&apos;s target.</source>
        <translation>
            <numerusform>Quand vous terminez toutes les séries d&apos;un exercice en entier, BackTrainer propose %n répétition de plus par série la fois suivante, jusqu&apos;à l&apos;objectif de l&apos;exercice.</numerusform>
            <numerusform>Quand vous terminez toutes les séries d&apos;un exercice en entier, BackTrainer propose %n répétitions de plus par série la fois suivante, jusqu&apos;à l&apos;objectif de l&apos;exercice.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 x %3 done in full. Next time %2 x %4 (target %5 x %6)?</source>
        <translation>%1 : %2 × %3 faits en entier. La prochaine fois %2 × %4 (objectif %5 × %6) ?</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>%1: %2 x %3 from next time.</source>
        <translation>%1 : %2 × %3 dès la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Fichiers de séance (*.json)</translation>
    </message>
    <message>
        <source>Your own copy of “%1”, saved as %2 in your routines folder. The original stays as it is.</source>
        <translation>Votre copie de « %1 », enregistrée sous %2 dans votre dossier de séances. L&apos;original reste tel quel.</translation>
    </message>
    <message>
        <source>Your routine, in %1.</source>
        <translation>Votre séance, dans %1.</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>La séance n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>Imported “%1” into %2.</source>
        <translation>« %1 » importée dans %2.</translation>
    </message>
    <message>
        <source>%1

Could not write the file: %2</source>
        <translation>%1

Impossible d&apos;écrire le fichier : %2</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>La séance n&apos;a pas été exportée</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>« %1 » exportée vers %2.</translation>
    </message>
    <message>
        <source>Bundled routine</source>
        <translation>Séance fournie</translation>
    </message>
    <message>
        <source>“%1” comes with BackTrainer and cannot be deleted.</source>
        <translation>« %1 » est fournie avec BackTrainer et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>« %1 » supprimée (%2).</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>La séance n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>« %1 » enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une séance</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exporter la séance</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>Remplacer votre séance ?</translation>
    </message>
    <message>
        <source>You already have a routine with the id %1 (“%2”, %3). Replace it with the imported one?</source>
        <translation>Vous avez déjà une séance avec l&apos;identifiant %1 (« %2 », %3). La remplacer par celle importée ?</translation>
    </message>
    <message>
        <source>Delete the routine?</source>
        <translation>Supprimer la séance ?</translation>
    </message>
    <message>
        <source>Delete “%1”? Its file %2 is removed; the history of the workouts you did with it is kept.</source>
        <translation>Supprimer « %1 » ? Son fichier %2 est effacé ; l&apos;historique des entraînements faits avec elle est conservé.</translation>
    </message>
    <message>
        <source>the system refused it (Help &gt; Show the log folder has the details)</source>
        <translation>le système l&apos;a refusé (détails dans Aide &gt; Afficher le dossier du journal)</translation>
    </message>
    <message>
        <source>File: %1
Where: %2
Why: %3</source>
        <translation>Fichier : %1
Emplacement : %2
Raison : %3</translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>environ %n min</numerusform>
            <numerusform>environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>✚ added by BackTrainer</source>
        <translation>✚ ajouté par BackTrainer</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>séries</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>tempo up</source>
        <translation>tempo montée</translation>
    </message>
    <message>
        <source>tempo hold</source>
        <translation>tempo maintien</translation>
    </message>
    <message>
        <source>tempo down</source>
        <translation>tempo descente</translation>
    </message>
    <message>
        <source>progression target</source>
        <translation>objectif de progression</translation>
    </message>
    <message>
        <source>variation dose</source>
        <translation>dose de la variante</translation>
    </message>
    <message>
        <source>✚ %1 assumed by BackTrainer</source>
        <translation>✚ %1 supposé par BackTrainer</translation>
    </message>
    <message>
        <source>, each side</source>
        <translation>, chaque côté</translation>
    </message>
    <message>
        <source>, alternating sides</source>
        <translation>, en alternant les côtés</translation>
    </message>
    <message>
        <source>, seesaw (one side lifts as the other lowers)</source>
        <translation>, en bascule (un côté monte pendant que l&apos;autre descend)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>en alternance</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>en bascule</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Set-up (%1 s):</source>
        <translation>Mise en place (%1 s) :</translation>
    </message>
    <message>
        <source>Form cue:</source>
        <translation>Consigne technique :</translation>
    </message>
    <message>
        <source>Uses:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <source>Works:</source>
        <translation>Travaille :</translation>
    </message>
    <message>
        <source>Progression:</source>
        <translation>Progression :</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <source>Easier:</source>
        <translation>Plus facile :</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Plus difficile :</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>, hold %1 s</source>
        <translation>, maintien %1 s</translation>
    </message>
    <message>
        <source>, pause %1 s</source>
        <translation>, pause %1 s</translation>
    </message>
    <message>
        <source>%1 s up%2, %3 s down%4</source>
        <translation>%1 s à la montée%2, %3 s à la descente%4</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>work interval</source>
        <translation>intervalle d&apos;effort</translation>
    </message>
    <message>
        <source>, left side first</source>
        <translation>, côté gauche d&apos;abord</translation>
    </message>
    <message>
        <source>, right side first</source>
        <translation>, côté droit d&apos;abord</translation>
    </message>
    <message>
        <source>both sides at once</source>
        <translation>les deux côtés à la fois</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>repos entre les tours</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>changement de côté</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 par côté</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit routine — {title}</source>
        <translation>Modifier la routine — {title}</translation>
    </message>
    <message>
        <source>Add bloc&amp;k</source>
        <translation>Ajouter un &amp;bloc</translation>
    </message>
    <message>
        <source>Add mo&amp;ve</source>
        <translation>Ajouter un &amp;exercice</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Show th&amp;e problem</source>
        <translation>&amp;Voir le problème</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>⚠ {where}: {reason}</source>
        <translation>⚠ {where} : {reason}</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Close the editor and lose the changes made to this routine?</source>
        <translation>Fermer l&apos;éditeur et perdre les modifications de cette routine ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocks and moves&lt;/b&gt;</source>
        <translation>&lt;b&gt;Blocs et exercices&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Préparation</translation>
    </message>
    <message>
        <source>&amp;Work (timed moves)</source>
        <translation>Effort (exercices &amp;chronométrés)</translation>
    </message>
    <message>
        <source>&amp;Rest between moves</source>
        <translation>Rep&amp;os entre exercices</translation>
    </message>
    <message>
        <source>Rest between r&amp;ounds</source>
        <translation>Repos entre to&amp;urs</translation>
    </message>
    <message>
        <source>Roun&amp;ds</source>
        <translation>&amp;Nombre de tours</translation>
    </message>
    <message>
        <source>Switc&amp;h sides</source>
        <translation>Change&amp;ment de côté</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Saved as &lt;id&gt;.json in your routines folder; the id stays.</source>
        <translation>Enregistrée sous &lt;id&gt;.json dans votre dossier de routines ; l&apos;identifiant ne change pas.</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Identifiant du fichier</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Defaults for the main blocks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeurs par défaut des blocs principaux&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Modes with their own intervals ({modes}) keep them; the preview shows the first mode, {first}.</source>
        <translation>Les modes qui ont leurs propres intervalles ({modes}) les gardent ; l&apos;aperçu montre le premier mode, {first}.</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routines</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Chargement des séances…</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Start  [Enter]</source>
        <translation>Démarrer  [Entrée]</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>A&amp;juster…</translation>
    </message>
    <message>
        <source>Work and rest times, rounds, tempo, each move&apos;s dose</source>
        <translation>Temps d&apos;effort et de repos, tours, tempo, volume de chaque exercice</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Duplicate and &amp;edit…</source>
        <translation>Dupliquer et m&amp;odifier…</translation>
    </message>
    <message>
        <source>Make your own copy of this routine and change it (Ctrl+D)</source>
        <translation>Faire votre propre copie de cette séance et la modifier (Ctrl+D)</translation>
    </message>
    <message>
        <source> · your routine</source>
        <translation> · votre séance</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Some routine files could not be loaded:</source>
        <translation>Certains fichiers de séance n&apos;ont pas pu être chargés :</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>environ %n min</numerusform>
            <numerusform>environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
</context>
<context>
    <name>SessionDetailsPane</name>
    <message>
        <source>Move</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>En alternance</translation>
    </message>
    <message>
        <source>Seesaw</source>
        <translation>Bascule</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Écourtée</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Time {time} of {planned} (work {work} of {planned_work}) · Sets {sets} of {planned_sets}</source>
        <translation>Durée {time} sur {planned} (effort {work} sur {planned_work}) · Séries {sets} sur {planned_sets}</translation>
    </message>
    <message>
        <source>Continues an interrupted session.</source>
        <translation>Continue une séance interrompue.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Effort, 1 to 10</source>
        <translation>Effort ressenti, de 1 à 10</translation>
    </message>
    <message>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation>Difficulté ressentie : 1 très facile, 10 effort maximal</translation>
    </message>
    <message>
        <source>S&amp;ave notes  [Ctrl+S]</source>
        <translation>Enre&amp;gistrer les notes  [Ctrl+S]</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Effort</source>
        <translation>Effort ressent&amp;i</translation>
    </message>
    <message>
        <source>No sessions yet: finish a workout and it shows here.</source>
        <translation>Aucune séance pour l&apos;instant : terminez un entraînement et il apparaîtra ici.</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>Aucune séance sélectionnée.</translation>
    </message>
    <message>
        <source>How did it go? Saved with the session.</source>
        <translation>Comment ça s&apos;est passé ? Enregistré avec la séance.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Pas de notes.</translation>
    </message>
</context>
<context>
    <name>SessionListPane</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;Delete  [Del]</source>
        <translation>&amp;Supprimer  [Suppr]</translation>
    </message>
    <message>
        <source>Delete the sessions selected (Shift or Ctrl+click to select more)</source>
        <translation>Supprimer les séances sélectionnées (Maj ou Ctrl+clic pour en sélectionner d&apos;autres)</translation>
    </message>
    <message>
        <source>&amp;Undo  [Ctrl+Z]</source>
        <translation>Annu&amp;ler  [Ctrl+Z]</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n session(s)  [Del]</source>
        <translation>
            <numerusform>&amp;Supprimer %n séance  [Suppr]</numerusform>
            <numerusform>&amp;Supprimer %n séances  [Suppr]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <source>Continues an interrupted session</source>
        <translation>Continue une séance interrompue</translation>
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
    <name>SetupControl</name>
    <message>
        <source>No weekly plan to export yet: make one in Settings &gt; Weekly plan.</source>
        <translation>Pas encore de planning à exporter : créez-en un dans Réglages &gt; Planning de la semaine.</translation>
    </message>
    <message>
        <source>Not exported: %1.</source>
        <translation>Non exporté : %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>Export impossible vers %1 : %2.</translation>
    </message>
    <message>
        <source>Exported %1 weekly events (%2 time) to %3.</source>
        <translation>%1 événements hebdomadaires (heure de %2) exportés vers %3.</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Type to find a key or what it does</source>
        <translation>Chercher une touche ou son action</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Chercher un raccourci</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Aucun raccourci ne correspond.</translation>
    </message>
    <message>
        <source>Space or the media key</source>
        <translation>Espace ou la touche multimédia</translation>
    </message>
    <message>
        <source>Right or N</source>
        <translation>Droite ou N</translation>
    </message>
    <message>
        <source>Left or B</source>
        <translation>Gauche ou B</translation>
    </message>
    <message>
        <source>F or F11</source>
        <translation>F ou F11</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <source>Workout: pause / resume</source>
        <translation>Entraînement : pause / reprise</translation>
    </message>
    <message>
        <source>Workout: next step</source>
        <translation>Entraînement : étape suivante</translation>
    </message>
    <message>
        <source>Workout: back (restarts the step after 3 s)</source>
        <translation>Entraînement : retour (recommence l&apos;étape après 3 s)</translation>
    </message>
    <message>
        <source>Workout: add 10 s to this step (a rep set: give back reps taken off)</source>
        <translation>Entraînement : ajouter 10 s à cette étape (série de répétitions : rendre les répétitions retirées)</translation>
    </message>
    <message>
        <source>Workout: remove 10 s from this step (a rep set: whole reps)</source>
        <translation>Entraînement : retirer 10 s de cette étape (série de répétitions : des répétitions entières)</translation>
    </message>
    <message>
        <source>Workout: full screen, or leave it</source>
        <translation>Entraînement : plein écran, ou le quitter</translation>
    </message>
    <message>
        <source>Workout: leave full screen, then stop (asks first)</source>
        <translation>Entraînement : quitter le plein écran, puis arrêter (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>Routines: start the selected routine</source>
        <translation>Séances : lancer la séance choisie</translation>
    </message>
    <message>
        <source>Workout: show or hide the move&apos;s form points and safety line</source>
        <translation>Entraînement : afficher ou masquer les points techniques et la consigne de sécurité de l&apos;exercice</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Workout complete — well done!</source>
        <translation>Entraînement terminé — bravo !</translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation>Entraînement arrêté</translation>
    </message>
    <message>
        <source>Time: %1 of %2 planned</source>
        <translation>Temps : %1 sur %2 prévus</translation>
    </message>
    <message>
        <source>Sets done: %1 of %2</source>
        <translation>Séries faites : %1 sur %2</translation>
    </message>
    <message>
        <source>Skipped or cut short:</source>
        <translation>Sautés ou écourtés :</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Time changed:</source>
        <translation>Temps modifié :</translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1 : %2 s</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Back to routines  [Enter]</source>
        <translation>Retour aux séances  [Entrée]</translation>
    </message>
</context>
<context>
    <name>VoiceCommands</name>
    <message>
        <source>● Listening</source>
        <translation>● À l&apos;écoute</translation>
    </message>
    <message>
        <source>○ Not listening: %1</source>
        <translation>○ Pas à l&apos;écoute : %1</translation>
    </message>
    <message>
        <source>listening stopped (see the log).</source>
        <translation>écoute arrêtée (voir le journal).</translation>
    </message>
    <message>
        <source>%1 Check the microphone in Settings &gt; Voice; the keys work as always.</source>
        <translation>%1 Vérifiez le micro dans Réglages &gt; Voix ; les touches fonctionnent comme toujours.</translation>
    </message>
    <message>
        <source>Stop the workout? Say “yes”.</source>
        <translation>Arrêter la séance ? Dites « yes ».</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Entendu : %1</translation>
    </message>
    <message>
        <source>Listening for voice commands</source>
        <translation>À l&apos;écoute des commandes vocales</translation>
    </message>
    <message>
        <source>Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout” (in English)</source>
        <translation>Dites « pause », « continue », « skip ahead », « go back », « repeat » ou « cancel workout » (en anglais)</translation>
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
        <source>As the system (LANG)</source>
        <translation>Comme le système (LANG)</translation>
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
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;1 Voice</source>
        <translation>&amp;1 Voix</translation>
    </message>
    <message>
        <source>&amp;2 Voice commands</source>
        <translation>&amp;2 Commandes vocales</translation>
    </message>
    <message>
        <source>&amp;Listen for commands (pause, continue, skip ahead, repeat…)</source>
        <translation>Écouter les comma&amp;ndes (pause, continue, skip ahead, repeat…)</translation>
    </message>
    <message>
        <source>Voice commands need the speech recogniser: pip install &apos;pocketsphinx&gt;=5&apos;.</source>
        <translation>Les commandes vocales ont besoin de la reconnaissance vocale : pip install &apos;pocketsphinx&gt;=5&apos;.</translation>
    </message>
    <message>
        <source>Voice commands need a microphone, and none was found.</source>
        <translation>Les commandes vocales ont besoin d&apos;un micro, et aucun n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout” (then “yes”). Heard on this computer only: nothing leaves it.</source>
        <translation>Dites « pause », « continue », « skip ahead », « go back », « repeat » ou « cancel workout » (puis « yes ») : les commandes sont en anglais. Écoutées sur cet ordinateur seulement : rien n&apos;en sort.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>&amp;Say “pause” to test</source>
        <translation>Dites « pause » pour te&amp;ster</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Micro par défaut</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <source>The language of the cues (at once) and of the window (from the next start).</source>
        <translation>La langue des annonces (tout de suite) et de la fenêtre (au prochain démarrage).</translation>
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
    <name>WeekChart</name>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <source>week of {week}: {minutes} min</source>
        <translation>semaine du {week} : {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {minutes} min, %n session(s)</source>
        <translation>
            <numerusform>Semaine du {day} : {minutes} min, %n séance</numerusform>
            <numerusform>Semaine du {day} : {minutes} min, %n séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <source>Weekly plan</source>
        <translation>Planning de la semaine</translation>
    </message>
    <message>
        <source>The sessions you plan each week. History measures each week against them, and your calendar can remind you (Export to calendar).</source>
        <translation>Les séances que vous prévoyez chaque semaine. L&apos;historique mesure chaque semaine par rapport à elles, et votre calendrier peut vous les rappeler (Exporter vers le calendrier).</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <source>&amp;Planned sessions</source>
        <translation>&amp;Séances prévues</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>&amp;Add a session</source>
        <translation>&amp;Ajouter une séance</translation>
    </message>
    <message>
        <source>Re&amp;move  [Del]</source>
        <translation>&amp;Retirer  [Suppr]</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xporter vers le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>A weekly event for each planned session, with a reminder 15 minutes before</source>
        <translation>Un événement hebdomadaire par séance prévue, avec un rappel 15 minutes avant</translation>
    </message>
    <message>
        <source>There is no routine to plan.</source>
        <translation>Il n&apos;y a aucun programme à prévoir.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n sessions a week.</source>
        <translation>
            <numerusform>Au plus %n séance par semaine.</numerusform>
            <numerusform>Au plus %n séances par semaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two sessions on %1 at %2: change one of them.</source>
        <translation>Deux séances le %1 à %2 : modifiez-en une.</translation>
    </message>
    <message>
        <source>This plan cannot be saved.</source>
        <translation>Ce planning ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Export the weekly plan to a calendar</source>
        <translation>Exporter le planning de la semaine vers un calendrier</translation>
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
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>EFFORT</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CHANGEZ DE CÔTÉ</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REPOS</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>PAUSED — press Space to resume</source>
        <translation>EN PAUSE — Espace pour reprendre</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>GAUCHE</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DROITE</translation>
    </message>
    <message>
        <source>ALTERNATE</source>
        <translation>ALTERNÉ</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>en alternant les côtés</translation>
    </message>
    <message>
        <source>seesaw</source>
        <translation>en bascule</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>en alternance</translation>
    </message>
    <message numerus="yes">
        <source>up to %n reps each side</source>
        <translation>
            <numerusform>jusqu&apos;à %n répétition par côté</numerusform>
            <numerusform>jusqu&apos;à %n répétitions par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n reps</source>
        <translation>
            <numerusform>jusqu&apos;à %n répétition</numerusform>
            <numerusform>jusqu&apos;à %n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps each side</source>
        <translation>
            <numerusform>%n répétition par côté</numerusform>
            <numerusform>%n répétitions par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
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
        <translation>Série %1 sur %2</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Tour %1 sur %2</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>série %1</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>tour %1</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>repos entre les tours</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>changement de côté</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>▲ lift</source>
        <translation>▲ monter</translation>
    </message>
    <message>
        <source>■ hold</source>
        <translation>■ tenir</translation>
    </message>
    <message>
        <source>▼ lower</source>
        <translation>▼ descendre</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>WorkoutView</name>
    <message>
        <source>session progress</source>
        <translation>progression de l&apos;entraînement</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progression</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>next up heading</source>
        <translation>titre « À suivre »</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>détail</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>mise en place</translation>
    </message>
    <message>
        <source>form</source>
        <translation>technique</translation>
    </message>
    <message>
        <source>step progress</source>
        <translation>progression de l&apos;étape</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>countdown</source>
        <translation>compte à rebours</translation>
    </message>
    <message>
        <source>count of</source>
        <translation>compteur</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>next up</source>
        <translation>à suivre</translation>
    </message>
    <message>
        <source>◀ Back  [B]</source>
        <translation>◀ Retour  [B]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pause  [Espace]</translation>
    </message>
    <message>
        <source>Next ▶  [N]</source>
        <translation>Suivant ▶  [N]</translation>
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
        <translation>Technique  [I]</translation>
    </message>
    <message>
        <source>Full screen  [F]</source>
        <translation>Plein écran  [F]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Arrêter  [Échap]</translation>
    </message>
    <message>
        <source>Hide form  [I]</source>
        <translation>Masquer la technique  [I]</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>stop at a slight strain</source>
        <translation>arrêtez à la moindre tension</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Last one!</source>
        <translation>Dernier exercice !</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Reprendre  [Espace]</translation>
    </message>
    <message>
        <source>No form points for this move.</source>
        <translation>Pas de points techniques pour cet exercice.</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>No routine %1 to start.</source>
        <translation>Aucune séance %1 à lancer.</translation>
    </message>
</context>
<context>
    <name>ask_resume</name>
    <message>
        <source>Unfinished workout</source>
        <translation>Entraînement inachevé</translation>
    </message>
    <message>
        <source>{title}, started {started}, was cut off after {done} of {planned} sets.</source>
        <translation>{title}, commencé le {started}, a été interrompu après {done} séries sur {planned}.</translation>
    </message>
    <message>
        <source>Resume it where it stopped, or keep it in the history as it is?</source>
        <translation>Le reprendre là où il s&apos;est arrêté, ou le garder tel quel dans l&apos;historique ?</translation>
    </message>
    <message>
        <source>Resume at step {step}</source>
        <translation>Reprendre à l&apos;étape {step}</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Garder tel quel</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be at most {0} characters</source>
        <translation>doit faire au plus {0} caractères</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>doit valoir au moins {0}</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>doit valoir au plus {0}</translation>
    </message>
    <message>
        <source>use only a-z, 0-9 and single dashes</source>
        <translation>utilisez seulement a-z, 0-9 et des tirets simples</translation>
    </message>
    <message>
        <source>a routine may have at most 1 block</source>
        <translation>une routine peut avoir au plus 1 bloc</translation>
    </message>
    <message>
        <source>a routine may have at most {count} blocks</source>
        <translation>une routine peut avoir au plus {count} blocs</translation>
    </message>
    <message>
        <source>a routine needs at least 1 block</source>
        <translation>une routine doit avoir au moins 1 bloc</translation>
    </message>
    <message>
        <source>a routine needs at least {count} blocks</source>
        <translation>une routine doit avoir au moins {count} blocs</translation>
    </message>
    <message>
        <source>a block may have at most 1 move</source>
        <translation>un bloc peut avoir au plus 1 exercice</translation>
    </message>
    <message>
        <source>a block may have at most {count} moves</source>
        <translation>un bloc peut avoir au plus {count} exercices</translation>
    </message>
    <message>
        <source>a block needs at least 1 move</source>
        <translation>un bloc doit avoir au moins 1 exercice</translation>
    </message>
    <message>
        <source>a block needs at least {count} moves</source>
        <translation>un bloc doit avoir au moins {count} exercices</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Block “{block}”</source>
        <translation>Bloc « {block} »</translation>
    </message>
    <message>
        <source>“{block}”, move “{move}”</source>
        <translation>« {block} », exercice « {move} »</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
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
        <source>&amp;Weekly plan…</source>
        <translation>&amp;Planning de la semaine…</translation>
    </message>
    <message>
        <source>&amp;Export weekly plan to calendar…</source>
        <translation>&amp;Exporter le planning vers l&apos;agenda…</translation>
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
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Duplicate and edit…</source>
        <translation>&amp;Dupliquer et modifier…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Help &gt; Show the log folder has the details.</source>
        <translation>Les détails sont dans Aide &gt; Afficher le dossier du journal.</translation>
    </message>
    <message>
        <source>No voice could be loaded. Windows has voices built in (Settings &gt; Time &amp; language &gt; Speech); if this stays, reinstall BackTrainer.</source>
        <translation>Aucune voix n&apos;a pu être chargée. Windows a des voix intégrées (Paramètres &gt; Heure et langue &gt; Voix) ; si le problème persiste, réinstallez BackTrainer.</translation>
    </message>
    <message>
        <source>No voice could be loaded. macOS has voices built in (System Settings &gt; Accessibility &gt; Spoken Content); if this stays, reinstall BackTrainer.</source>
        <translation>Aucune voix n&apos;a pu être chargée. macOS a des voix intégrées (Réglages Système &gt; Accessibilité &gt; Contenu énoncé) ; si le problème persiste, réinstallez BackTrainer.</translation>
    </message>
    <message>
        <source>No voice installed: sudo apt install espeak-ng, then restart BackTrainer.</source>
        <translation>Aucune voix installée : sudo apt install espeak-ng, puis relancez BackTrainer.</translation>
    </message>
    <message>
        <source>No sound output: connect speakers or headphones (or check the system&apos;s sound settings), then restart BackTrainer.</source>
        <translation>Pas de sortie audio : branchez des haut-parleurs ou un casque (ou vérifiez les réglages son du système), puis relancez BackTrainer.</translation>
    </message>
    <message>
        <source>Until then every cue is shown as a caption.</source>
        <translation>En attendant, chaque consigne est affichée en sous-titre.</translation>
    </message>
    <message>
        <source>%1 could not be resumed. It stays in the history and is offered again the next time BackTrainer starts; you can also start it afresh from the list. %2</source>
        <translation>Impossible de reprendre %1. L&apos;entraînement reste dans l&apos;historique et sera proposé de nouveau au prochain lancement de BackTrainer ; vous pouvez aussi le recommencer depuis la liste. %2</translation>
    </message>
    <message>
        <source>Another BackTrainer is open, so this one does not save workouts. Close the other one, then start BackTrainer again.</source>
        <translation>Un autre BackTrainer est ouvert : celui-ci n&apos;enregistre pas les entraînements. Fermez l&apos;autre, puis relancez BackTrainer.</translation>
    </message>
    <message>
        <source>The workout history was written by a newer BackTrainer, so workouts are not saved here. Update BackTrainer.</source>
        <translation>L&apos;historique des entraînements a été écrit par un BackTrainer plus récent : les entraînements ne sont pas enregistrés ici. Mettez BackTrainer à jour.</translation>
    </message>
    <message>
        <source>The last entry of the workout history was cut short (BackTrainer was closed while saving it); everything before it is kept. Nothing to do.</source>
        <translation>La dernière entrée de l&apos;historique est incomplète (BackTrainer a été fermé pendant l&apos;enregistrement) ; tout ce qui précède est conservé. Rien à faire.</translation>
    </message>
    <message>
        <source>The workout history was damaged and has been repaired; a copy of the file as it was is kept beside it. Nothing to do.</source>
        <translation>L&apos;historique des entraînements était endommagé et a été réparé ; une copie du fichier d&apos;origine est conservée à côté. Rien à faire.</translation>
    </message>
    <message>
        <source>Part of the workout history is damaged; the rest is shown.</source>
        <translation>Une partie de l&apos;historique des entraînements est endommagée ; le reste est affiché.</translation>
    </message>
    <message>
        <source>An older history file could not be read; it is left as it is.</source>
        <translation>Un ancien fichier d&apos;historique n&apos;a pas pu être lu ; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>The workout history cannot be saved: workouts are kept in memory and saving is tried again at every step. Check that the disk is not full.</source>
        <translation>L&apos;historique des entraînements ne peut pas être enregistré : les entraînements sont gardés en mémoire et l&apos;enregistrement est retenté à chaque étape. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The workout history cannot be read or written, so workouts are not saved.</source>
        <translation>L&apos;historique des entraînements ne peut être ni lu ni écrit : les entraînements ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>Something went wrong with the workout history.</source>
        <translation>Un problème est survenu avec l&apos;historique des entraînements.</translation>
    </message>
    <message>
        <source>Another BackTrainer is open on the same data folder, so this change is not saved. Close the other one and start again to save here.</source>
        <translation>Un autre BackTrainer est ouvert sur le même dossier de données : cette modification n&apos;est pas enregistrée. Fermez l&apos;autre et relancez pour enregistrer ici.</translation>
    </message>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full.</source>
        <translation>Vos réglages n&apos;ont pas pu être enregistrés. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Your settings were written by a newer BackTrainer: they are left as they are, the default intervals are used and changes are not saved. Update BackTrainer.</source>
        <translation>Vos réglages ont été écrits par un BackTrainer plus récent : ils sont laissés tels quels, les intervalles par défaut sont utilisés et les modifications ne sont pas enregistrées. Mettez BackTrainer à jour.</translation>
    </message>
    <message>
        <source>Your settings file could not be read; it was set aside and the default intervals are used. Check Settings &gt; Default intervals.</source>
        <translation>Votre fichier de réglages n&apos;a pas pu être lu ; il a été mis de côté et les intervalles par défaut sont utilisés. Vérifiez Réglages &gt; Intervalles par défaut.</translation>
    </message>
    <message>
        <source>Your voice and theme choices could not be saved. Check that the disk is not full.</source>
        <translation>Vos choix de voix et de thème n&apos;ont pas pu être enregistrés. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Your preferences were written by a newer BackTrainer: they are left as they are and changes are not saved. Update BackTrainer.</source>
        <translation>Vos préférences ont été écrites par un BackTrainer plus récent : elles sont laissées telles quelles et les modifications ne sont pas enregistrées. Mettez BackTrainer à jour.</translation>
    </message>
    <message>
        <source>Your preferences could not be read, so changes are not saved.</source>
        <translation>Vos préférences n&apos;ont pas pu être lues : les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Your preferences file (voice, theme) could not be read; it was set aside and the defaults are used. Choose them again in Settings &gt; Voice and View &gt; Theme.</source>
        <translation>Votre fichier de préférences (voix, thème) n&apos;a pas pu être lu ; il a été mis de côté et les valeurs par défaut sont utilisées. Choisissez-les de nouveau dans Réglages &gt; Voix et Affichage &gt; Thème.</translation>
    </message>
    <message>
        <source>This set&apos;s reps are not timed: press Right to end it.</source>
        <translation>Les répétitions de cette série ne sont pas minutées : appuyez sur Droite pour la finir.</translation>
    </message>
    <message>
        <source>This set already has all its %1 reps. More reps: Settings &gt; Adjust this routine (Ctrl+I).</source>
        <translation>Cette série a déjà ses %1 répétitions. Pour plus de répétitions : Réglages &gt; Ajuster cette séance (Ctrl+I).</translation>
    </message>
    <message>
        <source>Rep %1 is the last one already: press Right to end the set.</source>
        <translation>La répétition %1 est déjà la dernière : appuyez sur Droite pour finir la série.</translation>
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
