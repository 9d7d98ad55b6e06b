// From clauses to facts: relation senses of the verb (or of a light verb's noun), the
// entities behind the role words, amounts and dates inside the clause, status and polarity.
#include "ingest/en/en_extract.h"

#include <algorithm>

#include "ingest/en/en_appositive_amounts.h"
#include "ingest/en/en_appositives.h"
#include "ingest/en/en_attribution_tails.h"
#include "ingest/en/en_bare_titles.h"
#include "ingest/en/en_descriptors.h"
#include "ingest/en/en_holdings.h"
#include "ingest/en/en_indefinite_titles.h"
#include "ingest/en/en_names.h"
#include "ingest/en/en_nested_places.h"
#include "ingest/en/en_parse_rewrites.h"
#include "ingest/en/en_prepare.h"
#include "ingest/en/en_product_heads.h"
#include "ingest/en/en_relatives.h"
#include "ingest/en/en_roles.h"
#include "ingest/en/en_sentence_readers.h"
#include "ingest/en/en_sites.h"
#include "ingest/en/en_sourced_goods.h"
#include "ingest/en/en_table_rows.h"
#include "ingest/en/en_titles.h"
#include "ingest/en/en_unit_sales.h"
#include "ingest/en/en_values.h"
#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

// One sentence's extraction: the state the steps share.
struct EnglishExtractor::Run {
  const EnglishExtractor& x;
  const Sentence& sentence;
  const std::vector<Mention>& mentions;
  const std::vector<ValueMention>& values;
  DocEntities* ents;
  FactSink* sink;

  // A constructor, not aggregate initialisation: the members below keep their defaults.
  Run(const EnglishExtractor& extractor, const Sentence& sent, const std::vector<Mention>& ms,
      const std::vector<ValueMention>& vs, DocEntities* entities, FactSink* facts)
      : x(extractor), sentence(sent), mentions(ms), values(vs), ents(entities), sink(facts) {}

  // ------------------------------------------------------------ titles and descriptors
  void Finish(ExtractedFact* f, size_t b, size_t e, const std::string& rule) {
    NoteValues(values, *sink->out(), f);
    f->sentence = sentence.number;
    CharSpan(sentence.text, b, e, &f->start, &f->end);
    f->rule = rule;
    sink->Add(std::move(*f));
  }

  // ------------------------------------------------------------ the parse
  // "en:parse" for the whole sentence's linkage, "en:clause" for a part's (ClauseParts).
  std::string rule_prefix = "en:parse";
  const PreparedText* prepared = nullptr;
  const LinkageReader* reader = nullptr;
  std::vector<Clause> clauses;

  // The entities a head word stands for (a placeholder), or none.
  std::vector<int> Entities(const std::vector<int>& heads, const Clause* clause) const {
    std::vector<int> out;
    for (int h : heads) {
      auto it = prepared->mentions.find(reader->word(h).text);
      if (it != prepared->mentions.end()) {
        out.push_back(mentions[static_cast<size_t>(it->second)].entity);
        continue;
      }
      if (int p = NamedProductHead(*reader, h, *prepared, mentions, *ents, *x.words_); p >= 0) {
        out.push_back(p);  // "unveiled its KO-1 weather satellite"
        continue;
      }
      // "the AI Action Summit declaration": a named body's document.
      if (x.words_->IsDocumentNoun(reader->Lower(h))) {
        bool named = false;
        for (int m : reader->Modifiers(h)) {
          auto n = prepared->mentions.find(reader->word(m).text);
          if (n == prepared->mentions.end()) continue;
          int owner = mentions[static_cast<size_t>(n->second)].entity;
          out.push_back(ents->Intern(ents->at(owner).name + " " + reader->Lower(h), "Work", {}));
          named = true;
        }
        if (named) continue;
      }
      size_t found = out.size();
      std::string pronoun = reader->Lower(h);
      if (h > 0 && reader->Lower(h - 1) == "the") pronoun = "the " + pronoun;
      if (clause && x.words_->IsPronoun(pronoun)) {  // "X and Y said they had formed ..."
        for (const Clause& c : clauses) {
          if (&c == clause || c.verb > clause->verb) continue;
          if (!x.words_->IsReportingVerb(c.lemma) && !x.words_->IsNegatingVerb(c.lemma)) continue;
          for (int e : Entities(c.subjects, nullptr)) {
            // "the company" is never the person who said it.
            if (pronoun.rfind("the ", 0) == 0 && ents->at(e).type == "Person") continue;
            out.push_back(e);
          }
        }
      }
      if (out.size() == found) {
        int e = DefiniteReferent(h);
        if (e >= 0) out.push_back(e);
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // "the center", "the Chinese startup": the earlier name the definite noun phrase heads.
  const DefiniteHeads* definite = nullptr;
  const std::vector<MergedSpan>* merged = nullptr;  // title spans: whose "his company" it is
  int DefiniteReferent(int h) const {
    if (!definite || !reader->IsNoun(h) || reader->IsVerb(h)) return -1;
    std::string noun = Lemma(reader->Lower(h), false);
    size_t at, end, best = 0;
    prepared->ToSource(reader->word(h).begin, reader->word(h).end, &at, &end);
    if (h > 0 && x.words_->IsPersonDeterminer(reader->Lower(h - 1)) && x.words_->IsOrganisationNoun(noun)) {
      return merged ? TitledPersonOrganisation(at, mentions, *merged, *ents) : -1;  // "his company"
    }
    bool undertaking = x.words_->IsUndertakingNoun(noun);
    bool the = h > 0 && reader->Lower(h - 1) == "the";
    if (!the && h > 1 && reader->Lower(h - 2) == "the") {
      const std::string& tag = reader->word(h - 1).tag;  // "the final consortium": any modifier
      the = undertaking || (!tag.empty() && tag[0] == 'a');
    }
    if (!the) return -1;
    if (!undertaking) return definite->Resolve(noun);
    // "joined the consortium": the sentence's last undertaking before it (any part), else earlier.
    int e = definite->LastUndertaking();
    for (const Mention& m : mentions) {
      if (m.end > at || m.end < best || !definite->IsUndertaking(m.entity, *ents, *x.words_)) continue;
      best = m.end, e = m.entity;
    }
    return e;
  }

  // Parses one prepared text and reads its clauses; false when it did not link.
  bool ParseAndRead(const PreparedText& text, const LinkParserLimits& limits, EnglishStats* stats) {
    LinkParse parse;
    ParseOutcome outcome = text.complete ? LinkParser::Shared().Parse(text.text, limits, &parse)
                                         : ParseOutcome::kNoLinkage;
    if (stats->trace) stats->trace->push_back(text.text);
    if (outcome != ParseOutcome::kParsed) return false;
    LinkageReader linkage(parse, *x.words_, Lemma);
    prepared = &text;
    reader = &linkage;
    clauses = linkage.Clauses();
    for (const Clause& c : clauses) VerbClause(c);
    for (const SourcedGoods& g :
         FindSourcedGoods(linkage, clauses, *x.words_, x.relations_, text.mentions))
      EmitSense(*g.intake, g.sense, Entities(g.suppliers, nullptr), Subjects(*g.intake),
                g.intake->planned, rule_prefix + "-sourced:supplies");
    prepared = nullptr;
    reader = nullptr;
    clauses.clear();
    return true;
  }

  // Values of `kind` inside the clause's words, in order.
  std::vector<const ValueMention*> ValuesIn(const Clause& c, ValueMention::Kind kind) const {
    std::vector<const ValueMention*> out;
    for (const ValueMention& v : values) {
      if (v.kind != kind) continue;
      for (int w : c.span) {
        size_t sb, se;
        prepared->ToSource(reader->word(w).begin, reader->word(w).end, &sb, &se);
        if (se > sb && sb < v.end && se > v.begin) {
          out.push_back(&v);
          break;
        }
      }
    }
    return out;
  }

  void Emit(const Clause& c, const RelationSense& sense, int subject, int object,
            bool planned, const std::string& rule) {
    const RelationDef& r = *sense.relation;
    ExtractedFact f;
    f.subject = subject;
    f.relation = r.id;
    f.negated = c.negated;
    std::vector<const ValueMention*> money = ValuesIn(c, ValueMention::Kind::kMoney);
    std::vector<const ValueMention*> dates = ValuesIn(c, ValueMention::Kind::kDate);
    if (r.object == ObjectKind::kAmount) {
      if (money.empty() || object >= 0) return;
      // "invest 300 billion won in the project": an amount with a target is never an amount
      // without one (the investment in the target is the verb's other sense).
      int target = -1;
      if (AmountHasTarget(sentence.text, money.front()->end, mentions, x.words_->amount_time_words(), &target)) return;
      f.object_value = sink->Value(*money.front());
    } else if (r.object == ObjectKind::kEntity) {
      if (object < 0) return;
      f.object_entity = object;
      if (!money.empty()) f.value_qualifiers["amount"] = sink->Value(*money.front());
    } else {
      return;
    }
    if (!dates.empty()) f.value_qualifiers["date"] = sink->Value(*dates.front());
    if (planned) f.value_qualifiers["status"] = sink->Value(Literal{"planned", "", ""}, "planned");
    size_t b = std::string::npos, e = 0;
    for (int w : c.span) {
      size_t sb, se;
      prepared->ToSource(reader->word(w).begin, reader->word(w).end, &sb, &se);
      if (se > sb) b = std::min(b, sb), e = std::max(e, se);
    }
    if (b == std::string::npos) b = e = 0;
    Finish(&f, b, e, rule);
  }

  // Facts of one relation sense with its subjects and objects resolved to entities.
  bool EmitSense(const Clause& c, const RelationSense& sense, std::vector<int> subjects,
                 std::vector<int> objects, bool planned, const std::string& rule) {
    if (sense.subject_is_object) std::swap(subjects, objects);
    if (subjects.empty()) return false;
    planned |= sense.attempt;
    size_t before = sink->out()->facts.size();
    if (sense.relation->object == ObjectKind::kAmount) {
      for (int s : subjects) Emit(c, sense, s, -1, planned, rule);
    } else if (objects.empty() && sense.mutual && subjects.size() > 1) {
      for (size_t i = 0; i < subjects.size(); ++i) {
        for (size_t j = i + 1; j < subjects.size(); ++j) Emit(c, sense, subjects[i], subjects[j], planned, rule);
      }
    } else {
      for (int s : subjects) {
        for (int o : objects) Emit(c, sense, s, o, planned, rule);
      }
    }
    return sink->out()->facts.size() > before;
  }

  // "invest in X and hold a stake in it", "X, which held talks with Y, did not bid for the
  // company": "it" or "the company" is the nearest organisation before it that is no subject of
  // the clause; in a part of the sentence read alone with none, the sentence's opening one.
  std::vector<int> ObjectPronoun(const std::vector<int>& heads, const Clause& c) const {
    if (heads.size() != 1) return {};
    int h = heads[0];
    bool pronoun = reader->Lower(h) == "it" ||
                   (h > 0 && reader->Lower(h - 1) == "the" && x.words_->IsPronoun("the " + reader->Lower(h)));
    if (!pronoun) return {};
    std::vector<int> subjects = Subjects(c);
    auto other = [&](int e) {
      return e >= 0 && OrganisationLike(ents->at(e)) &&
             !std::count(subjects.begin(), subjects.end(), e);
    };
    for (int w = h - 1; w >= 0; --w) {
      auto it = prepared->mentions.find(reader->word(w).text);
      if (it == prepared->mentions.end()) continue;
      if (NameModifiesNoun(*reader, w, h)) return {};  // "the Zaragoza campus ... build it"
      if (int e = mentions[static_cast<size_t>(it->second)].entity; other(e)) return {e};
    }
    int open = rule_prefix == "en:clause" ? OpeningOrganisation(mentions, *ents) : -1;
    return other(open) ? std::vector<int>{open} : std::vector<int>{};
  }

  // Entities of `heads`; for a relation whose object may be written as a possessive ("into
  // X's pricing", "to X's plant"), the possessor of a head that names none.
  std::vector<int> ObjectEntities(const std::vector<int>& heads, const Clause* c,
                                  const RelationSense& sense) const {
    // A name of the sentence before an earlier sentence's ("the company" after "Y" here).
    std::vector<int> out = c ? ObjectPronoun(heads, *c) : std::vector<int>{};
    if (out.empty()) out = Entities(heads, c);
    if (!out.empty() || !sense.relation || !x.words_->TakesPossessorObject(sense.relation->id)) return out;
    std::vector<int> owners;
    for (int h : heads) {
      if (int owner = reader->Possessor(h); owner >= 0) owners.push_back(owner);
    }
    for (int e : Entities(owners, nullptr)) {
      if (ents->at(e).type != "Person") out.push_back(e);
    }
    return out;
  }

  // The objects a verb sense takes in clause `c`.
  std::vector<int> VerbObjects(const Clause& c, const RelationSense& sense) const {
    if (!sense.prep.empty()) {
      auto it = c.preps.find(sense.prep);
      // "in the X project in P": P is where X is, not the object (en_nested_places.h).
      NestedPlaces outer{c.objects, sense.prep, *reader, *prepared, mentions, *ents, *x.words_};
      if (it != c.preps.end()) return ObjectEntities(outer(it->second), &c, sense);
      std::vector<int> heads;  // the phrase may hang from the object ("invest $5 in X": "$5 in X")
      for (int o : c.objects) {
        std::vector<int> more = reader->PrepObjects(o, sense.prep);
        heads.insert(heads.end(), more.begin(), more.end());
      }
      return Entities(outer(heads), &c);
    }
    return c.passive ? Entities(c.subjects, &c) : ObjectEntities(c.objects, &c, sense);
  }

  std::vector<int> Subjects(const Clause& c) const {
    return Entities(c.passive ? c.agents : c.subjects, &c);
  }

  // Senses competing for the same preposition: keep the first whose object type fits.
  std::vector<RelationSense> Choose(const std::vector<RelationSense>& senses,
                                    const std::vector<int>& objects) const {
    std::vector<RelationSense> out;
    std::set<std::string> taken;
    for (const RelationSense& s : senses) {
      std::string key = s.prep + (s.relation->object == ObjectKind::kAmount ? "#amount" : "");
      if (taken.count(key)) continue;
      // "X was founded by Y": the verb's object is the relation's subject ("subject_is").
      const std::string& want = s.subject_is_object ? s.relation->subject_type : s.relation->object_type;
      bool fits = want.empty() || objects.empty() || s.passive_voice;  // "X is based in Y": Y, not X
      for (int o : objects) {
        const std::string& t = ents->at(o).type;
        fits |= t.empty() || want.find(t) != std::string::npos;
      }
      if (!fits) continue;
      taken.insert(key);
      out.push_back(s);
    }
    return out;
  }

  // "owns 72% of X", "will hold a 60 percent stake in X", "will own all of X" (en_holdings.h):
  // the subject owns that part of X; "X is 35% owned by Y": the agent owns that part of X.
  bool HoldingClause(const Clause& c) {
    const RelationDef* owner = x.relations_.Find("owner_of");
    if (!owner || !x.words_->IsHoldingVerb(c.lemma)) return false;
    if (c.passive && (c.verb < 1 || reader->Lower(c.verb - 1) != "partly"))
      return false;  // rewritten
    std::vector<const ValueMention*> percent = ValuesIn(c, ValueMention::Kind::kPercent);
    bool whole = false;
    std::vector<int> heads =
        c.passive ? std::vector<int>{} : HeldHeads(c, *reader, *x.words_, &whole);
    if (percent.empty() && !whole) return false;
    // "the company": a name of the sentence before an earlier sentence's (ObjectEntities).
    std::vector<int> held = c.passive ? Entities(c.subjects, &c) : ObjectEntities(heads, &c, {});
    std::vector<int> subjects = Subjects(c);
    if (held.empty() || subjects.empty()) return false;
    for (int s : subjects) {
      for (int o : held) {
        ExtractedFact f;
        f.subject = s;
        f.relation = owner->id;
        f.object_entity = o;
        f.negated = c.negated;
        if (!whole) f.value_qualifiers["percent"] = sink->Value(*percent.front());
        if (c.planned) f.value_qualifiers["status"] = sink->Value(Literal{"planned", "", ""}, "planned");
        size_t b = 0, e = 0;
        prepared->ToSource(reader->word(c.verb).begin, reader->word(c.verb).end, &b, &e);
        if (!whole) b = percent.front()->begin, e = percent.front()->end;
        Finish(&f, b, e, rule_prefix + "-holding:owner_of");
      }
    }
    return true;
  }

  // "X, who will join Y as head of research", "X, who joined Y from Z": a person who joins an
  // organisation holds a position there (the "as" phrase its role), and held one at the
  // organisation they come from; a position the sentence already states is not stated again.
  bool EmploymentClause(const Clause& c) {
    const RelationDef* held = x.relations_.Find("position_held");
    if (!held || !x.words_->IsEmploymentVerb(c.lemma) || c.passive) return false;
    std::vector<int> people = Subjects(c);
    if (people.empty()) return false;
    bool who = !c.subjects.empty() && reader->Lower(c.subjects.front()) == "who";
    for (int p : people) {
      const std::string& type = ents->at(p).type;
      if (type != "Person" && !(who && type.empty())) return false;
    }
    // "from Z" hangs from the verb or from its object ("joined the company from Z").
    std::vector<int> from_heads = c.preps.count("from") ? c.preps.at("from") : std::vector<int>{};
    for (int o : c.objects) {
      for (int h : reader->PrepObjects(o, "from")) from_heads.push_back(h);
    }
    std::vector<int> from = Entities(from_heads, &c);
    std::vector<int> joined = from.empty() ? ObjectEntities(c.objects, &c, RelationSense{}) : from;
    std::string role;
    if (from.empty() && c.preps.count("as") && c.preps.at("as").size() == 1) {
      int head = c.preps.at("as").front();
      size_t b, e, ob, oe;
      prepared->ToSource(reader->word(head).begin, reader->word(head).end, &b, &e);
      for (int of : reader->PrepObjects(head, "of")) {
        prepared->ToSource(reader->word(of).begin, reader->word(of).end, &ob, &oe);
        e = std::max(e, oe);
      }
      if (e > b) role = sentence.text.substr(b, e - b);
    }
    for (int p : people) {
      for (int o : joined) {
        if (!OrganisationLike(ents->at(o)) || Stated(p, o)) continue;
        ExtractedFact f;
        f.subject = p;
        f.relation = held->id;
        f.object_entity = o;
        f.negated = c.negated;
        if (!role.empty()) f.value_qualifiers["role"] = sink->Value(Literal{role, "", ""}, role);
        if (c.planned) f.value_qualifiers["status"] = sink->Value(Literal{"planned", "", ""}, "planned");
        Finish(&f, reader->word(c.verb).begin, reader->word(c.verb).end, rule_prefix + "-employment:position_held");
      }
    }
    return true;
  }

  // True when a fact of the sentence already links `a` to `b`.
  bool Stated(int a, int b) const {
    for (const ExtractedFact& f : sink->out()->facts) {
      if (f.sentence == sentence.number && f.subject == a && f.object_entity == b) return true;
    }
    return false;
  }

  void VerbClause(const Clause& c) {
    if (EmploymentClause(c) || HoldingClause(c)) return;
    const std::vector<RelationSense>* senses = x.words_->Verb(c.lemma);
    // "took over X" read as verb + preposition: the phrasal verb with X as its object.
    for (const auto& [prep, heads] : c.preps) {
      const std::vector<RelationSense>* phrasal = x.words_->Verb(c.lemma + " " + prep);
      if (!phrasal || !c.objects.empty()) continue;
      Clause pc = c;
      pc.lemma += " " + prep;
      pc.objects = heads;
      pc.preps.erase(prep);
      if (pc.passive) continue;
      std::vector<int> subjects = Subjects(pc);
      bool any = false;
      for (const RelationSense& s : Choose(*phrasal, Entities(heads, &pc))) {
        any |= EmitSense(pc, s, subjects, VerbObjects(pc, s), pc.planned, rule_prefix + ":" + s.relation->id);
      }
      if (any) return;
    }
    bool light = x.words_->IsLightVerb(c.lemma) || x.words_->IsPlannedVerb(c.lemma);
    bool emitted = false;
    if (senses) {
      std::vector<int> subjects = Subjects(c);
      std::vector<int> direct = VerbObjects(c, RelationSense{});
      std::vector<RelationSense> chosen = Choose(*senses, direct);
      bool direct_taken = std::any_of(chosen.begin(), chosen.end(), [](const RelationSense& s) {
        return s.prep.empty() && s.relation->object == ObjectKind::kEntity;
      });
      for (const RelationSense& s : chosen) {
        if (s.relation->object == ObjectKind::kAmount && emitted) continue;
        // "Pagora, which Telmar sold to Intesa": a company sold is no supply.
        std::vector<int> relative = Entities(reader->RelativeObjects(c.verb), nullptr);
        if (!s.prep.empty() && (SoldCompany(c.lemma, direct, *x.words_, *ents) ||
                                SoldCompany(c.lemma, relative, *x.words_, *ents)))
          continue;
        std::vector<int> objects = VerbObjects(c, s);
        SiteReading at{*reader, *prepared, sentence, mentions, values, *x.words_, ents, sink};
        bool site = objects.empty() && !(objects = BuiltSites(c, s, subjects, at)).empty();
        // "met X" for "meet with", when no sense takes the direct object itself.
        if (objects.empty() && !s.prep.empty() && !direct_taken && !c.passive && s.relation->symmetric) {
          objects = direct;
        }
        // "X is based in Y", "which is headquartered in Y": a verb stated in the passive has
        // its relation's subject for its grammatical subject.
        bool stative = c.passive && s.passive_voice && c.agents.empty();
        emitted |= EmitSense(c, s, stative ? Entities(c.subjects, &c) : subjects, objects, c.planned,
                             rule_prefix + (site ? "-site:" : ":") + s.relation->id);
      }
    }
    if (!emitted && light) LightClause(c);
  }

  // "signed a supply agreement with X", "launched an investigation into X", "made an
  // investment of $X in Y", "formed a joint venture": the object noun carries the relation.
  void LightClause(const Clause& c) {
    bool planned = c.planned || x.words_->IsPlannedVerb(c.lemma);
    std::vector<int> subjects = Subjects(c);
    for (int o : c.objects) {
      if (prepared->mentions.count(reader->word(o).text)) continue;
      std::string noun = reader->Lower(o), lemma = Lemma(noun, false);
      std::vector<int> mods = reader->Modifiers(o);
      const std::vector<RelationSense>* senses = nullptr;
      if (!mods.empty()) senses = x.words_->Noun(reader->Lower(mods.back()) + " " + lemma);
      if (!senses) senses = x.words_->Noun(noun);
      if (!senses) senses = x.words_->Noun(lemma);
      if (!senses) continue;
      for (const RelationSense& s : *senses) {
        auto objects_for = [&](const std::string& sense_prep) {
          // A noun derived from a transitive verb takes "of" or "into" ("an investigation into").
          std::vector<std::string> preps{sense_prep};
          if (sense_prep == "of") preps = {"of", "into", "on"};
          std::vector<int> heads;
          for (const std::string& prep : preps) {
            std::vector<int> more = reader->PrepObjects(o, prep);
            heads.insert(heads.end(), more.begin(), more.end());
            auto it = c.preps.find(prep);
            if (it != c.preps.end()) heads.insert(heads.end(), it->second.begin(), it->second.end());
            // "an investment of $X in Y": the preposition hangs from the "of" phrase.
            for (int of : reader->PrepObjects(o, "of")) {
              std::vector<int> deeper = reader->PrepObjects(of, prep);
              heads.insert(heads.end(), deeper.begin(), deeper.end());
            }
          }
          return ObjectEntities(heads, &c, s);
        };
        if (s.frame && Frame(c, o, mods, subjects, objects_for(s.prep))) break;
        if (EmitSense(c, s, subjects, objects_for(s.prep), planned, rule_prefix + "-noun:" + s.relation->id)) break;
      }
    }
  }

  // "an agreement to supply", "a supply agreement with X": the completing verb names the
  // relation, its partner the object when the verb has none; an agreement is a plan.
  bool Frame(const Clause& c, int noun, const std::vector<int>& mods,
             const std::vector<int>& subjects, const std::vector<int>& partners) {
    std::vector<std::string> lemmas;
    for (int v : {reader->Complement(noun), reader->Complement(c.verb)}) {
      if (v >= 0) lemmas.push_back(Lemma(reader->word(v).text, true));
    }
    for (int m : mods) lemmas.push_back(Lemma(reader->word(m).text, true));
    for (const std::string& l : lemmas) {
      const std::vector<RelationSense>* senses = x.words_->Verb(l);
      if (!senses) continue;
      for (const RelationSense& s : *senses) {
        if (s.relation->object != ObjectKind::kEntity) continue;
        if (EmitSense(c, s, subjects, partners, true, rule_prefix + "-frame:" + s.relation->id)) return true;
      }
    }
    return false;
  }
};

EnglishExtractor::EnglishExtractor(const RelationVocabulary& relations)
    : relations_(relations), words_(EnglishWords::DefaultOrNull(relations)), surface_(relations, words_.get()) {}

EnglishExtractor::~EnglishExtractor() = default;  // ResolveNames is in en_names.cpp

void EnglishExtractor::Extract(const Sentence& sentence, const std::vector<Mention>& mentions,
                               const std::vector<ValueMention>& found_values, const DocDate& date,
                               DocEntities* ents, Discourse* disc, FactSink* sink,
                               EnglishStats* stats) const {
  if (IsHeadline(sentence)) {
    ++stats->skipped;
    return;
  }
  std::vector<ValueMention> values = WithRelativeDates(sentence.text, date, found_values);
  const std::vector<Mention>* parties = &mentions;
  std::vector<Mention> described;
  std::vector<MergedSpan> descriptors;
  const RelationDef* located_in = relations_.Find("located_in");
  if (words_ && located_in) {
    described = DescriptorFacts(sentence, mentions, values, words_->demonyms(),
                                words_->descriptor_breaks(), *located_in, ents, sink, &descriptors);
    parties = &described;
  }
  ObjectRelativeFacts(sentence, *parties, values, relations_, words_.get(), ents, sink);
  Run run(*this, sentence, *parties, values, ents, sink);
  run.definite = &stats->definite;
  std::vector<MergedSpan> merged = TitleDescriptorFacts(sentence, *parties, values, relations_, ents, sink);
  run.merged = &merged;
  if (words_) BareTitleFacts(sentence, *parties, values, relations_, *words_, stats->definite.Topic(), ents, sink);
  if (words_) IndefiniteTitleFacts(sentence, *parties, *words_, relations_, ents, sink);
  // A name's descriptor says nothing the clause needs: the parse reads the name alone.
  AddSpansNotOverlapping(descriptors, &merged);
  AddSpansNotOverlapping(AppositiveSpans(sentence, *parties, IsFiniteVerb), &merged);
  bool parsed = false;
  std::vector<Rewrite> row = TableRowClause(sentence);  // "| Fynkabel | Supply cables to X |"
  if (words_ && !parties->empty() && (words_->HasRelationWord(sentence.text) || !row.empty())) {
    auto prepare = [&](const std::vector<Rewrite>& rewrites, bool without_tail = false) {
      return PrepareForParse(
          sentence.text, *parties, values, merged, words_->placeholders(),
          [](const std::string& w) { return WordNet::Shared().NounOnly(w); },
          ParseRewrites(rewrites, sentence.text, *parties, values, *words_, without_tail));
    };
    size_t before = sink->out()->facts.size();
    // Two main clauses are parsed each on its own: shorter, and the second keeps its subject.
    std::vector<std::vector<Rewrite>> halves{row};
    if (row.empty()) halves = CoordinatedClauses(sentence.text, IsFiniteVerb);
    for (const std::vector<Rewrite>& half : halves) parsed |= run.ParseAndRead(prepare(half), limits_, stats);
    // Read to no fact: once more whole, then whole without a trailing "..., the company said."
    if (sink->out()->facts.size() == before) parsed = run.ParseAndRead(prepare({}), limits_, stats);
    if (sink->out()->facts.size() == before &&
        !WithoutAttributionTail({}, sentence.text, *words_).empty())
      parsed = run.ParseAndRead(prepare({}, true), limits_, stats);
    ++(parsed ? stats->parsed : stats->fallbacks);
    if (sink->out()->facts.size() == before) {
      // Too long, unlinkable or read to no fact whole: the clauses that describe a name, each
      // on its own, then the rest; the surface rules read the verbs only when nothing linked.
      std::vector<std::vector<Rewrite>> parts = ClauseParts(
          sentence.text, *parties, IsParticiple, [this](const std::string& w) {
            std::string l = LowerAscii(w);
            return l == w && !words_->IsPronoun(l) && !words_->IsRelativeBreak(l) &&
                   WordNet::Shared().Has(l, WordClass::kVerb);
          });
      for (size_t i = 0; i < parts.size(); ++i) {
        run.rule_prefix = "en:clause";
        bool linked = run.ParseAndRead(prepare(parts[i]), limits_, stats);
        parsed |= linked && i + 1 == parts.size();
      }
    }
  } else {
    ++stats->skipped;
  }
  surface_.Extract(sentence, *parties, values, ents, disc, sink, /*with_verbs=*/!parsed);
  if (words_)
    SentenceReaderFacts(sentence, *parties, descriptors, values, *words_, relations_, stats, ents,
                        sink);
  AppositiveAmounts(sentence, *parties, values, sink);
  stats->definite.Note(sentence, *parties, *ents, words_.get());
}

}  // namespace kg::ingest
