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
</TS>
