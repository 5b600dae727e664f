<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <message>
        <source>Blocks and moves</source>
        <translation>Blocs et exercices</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
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
        <translation>repos entre tours</translation>
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
        <translation>bascule</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
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
        <source>Total —</source>
        <translation>Total —</translation>
    </message>
    <message>
        <source>No plan while the routine is not valid: {reason}</source>
        <translation>Pas de plan tant que la routine n&apos;est pas valide : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>up to %n rep(s) each side</source>
        <translation>
            <numerusform>jusqu&apos;à %n rép. par côté</numerusform>
            <numerusform>jusqu&apos;à %n rép. par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each side</source>
        <translation>
            <numerusform>%n rép. par côté</numerusform>
            <numerusform>%n rép. par côté</numerusform>
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
        <source>a routine needs at least {count} blocks</source>
        <translation>une routine doit avoir au moins {count} blocs</translation>
    </message>
    <message>
        <source>a block may have at most {count} moves</source>
        <translation>un bloc peut avoir au plus {count} exercices</translation>
    </message>
    <message>
        <source>a block needs at least {count} moves</source>
        <translation>un bloc doit avoir au moins {count} exercices</translation>
    </message>
    <message>
        <source>a routine needs at least 1 block</source>
        <translation>une routine doit avoir au moins 1 bloc</translation>
    </message>
    <message>
        <source>a block may have at most 1 move</source>
        <translation>un bloc peut avoir au plus 1 exercice</translation>
    </message>
    <message>
        <source>a block needs at least 1 move</source>
        <translation>un bloc doit avoir au moins 1 exercice</translation>
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
