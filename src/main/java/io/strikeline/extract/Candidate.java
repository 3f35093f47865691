package io.strikeline.extract;

import io.strikeline.geo.Place;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Mention;
import java.util.HashSet;
import java.util.Set;

/** One strike reading of one clause, before merging with other readings of the same strike. */
final class Candidate {
    SentenceInfo sentence;
    int clauseFrom;
    int clauseTo;
    /** The first token of the clause this reading came from; readings split from one clause by place share it. */
    int originClause;
    Trigger trigger;
    EventType type;
    /** The type is a guess from the verb alone ("the camp was struck"): neither a weapon nor who struck was named. */
    boolean typeGuessed;
    /** No weapon word stands by the strike word: its kind is read from the verb and who struck ("Turkish forces bombarded"). */
    boolean kindFromVerb;
    /** The kind of the second weapon of a pair ("missile and drone attacks"), else null. */
    EventType pairedType;
    Mention typeMention;
    boolean referential;
    PlaceHit place;
    Mention placeMention;
    Actor perpetrator;
    Mention perpetratorMention;
    Actor target;
    Mention targetMention;
    Integer killed;
    Mention killedMention;
    Integer injured;
    Mention injuredMention;
    DateExpr dateExpr;
    EventDate date;
    Mention dateMention;
    Landmarks.Hit landmark;
    Place landmarkPlace;
    int merged = 1;
    double confidence;
    boolean easternTimeApplied;
    /** The article gave this mention no date of its own; it took the lead strike's (or the published) date. */
    boolean dateBorrowed;
    /** The article's headline names this strike's place. */
    boolean namedInHeadline;
    /** The target is the one enemy of the striker the article names, not a party told as hit ({@link NamedEnemy}). */
    boolean targetOnlyEnemyNamed;
    Set<Integer> sentences = new HashSet<>();
    /**
     * The sentence that calls this strike another than one told before it ("in a similar attack", "a separate strike"),
     * else -1: it never joins a strike told before that sentence.
     */
    int toldAsAnotherIn = -1;

    Place placeValue() {
        return place != null ? place.chosen() : landmarkPlace;
    }

    Candidate copy() {
        Candidate c = new Candidate();
        c.sentence = sentence;
        c.clauseFrom = clauseFrom;
        c.clauseTo = clauseTo;
        c.originClause = originClause;
        c.trigger = trigger;
        c.type = type;
        c.typeGuessed = typeGuessed;
        c.kindFromVerb = kindFromVerb;
        c.pairedType = pairedType;
        c.typeMention = typeMention;
        c.referential = referential;
        c.perpetrator = perpetrator;
        c.perpetratorMention = perpetratorMention;
        c.target = target;
        c.targetMention = targetMention;
        c.killed = killed;
        c.killedMention = killedMention;
        c.injured = injured;
        c.injuredMention = injuredMention;
        c.dateExpr = dateExpr;
        c.landmark = landmark;
        c.sentences.addAll(sentences);
        c.toldAsAnotherIn = toldAsAnotherIn;
        return c;
    }
}
