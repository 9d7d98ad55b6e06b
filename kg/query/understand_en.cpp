// English questions: names by longest match, the relation word by its WordNet lemma, and the
// slots from word order -- the noun phrase before a verb is its subject (after "by" in the
// passive), the one after it (or a fronted question word) its object; a relation noun's
// complement follows "of" or is its possessor, and the copula links it to what it names.
#include <algorithm>
#include <cctype>

#include "ingest/en/wordnet.h"
#include "kg/base/unicode.h"
#include "kg/query/binder.h"
#include "kg/query/understand.h"
#include "kg/query/understand_en_companions.h"
#include "kg/query/understand_en_values.h"
#include "kg/query/understand_en_words.h"

namespace kg {

namespace en = understand_en;
using en::Cls;
using en::Np;
using en::Tok;

namespace {

// ---------------------------------------------------------------- tokens and names

Result<std::vector<Tok>> Tokens(const QuestionContext& ctx,
                                const std::vector<parser::ast::Name>& words) {
  std::vector<Tok> toks = en::Split(ctx.lexicon.grammar(), words);
  std::vector<std::string> raw;
  for (const Tok& t : toks) raw.push_back(t.quoted ? "\"" + t.raw + "\"" : t.raw);
  auto may_be_alone = [&](size_t i) {
    const Tok& t = toks[i];
    if (t.quoted) return true;
    bool lower = std::none_of(t.raw.begin(), t.raw.end(),
                              [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    // A function word is a name only as an acronym in capitals (US, UK).
    if (ctx.lexicon.grammar().IsFunctionWord(t.low)) {
      return t.low.size() <= 3 && std::none_of(t.raw.begin(), t.raw.end(), [](char c) {
               return std::islower(static_cast<unsigned char>(c));
             });
    }
    if (!lower) return true;
    // A lower-case word that opens a relation phrase ("chief" of "chief executive") is that
    // phrase's, even where a sentence's capitalised first word made it a name ("Chief").
    return ctx.lexicon.vocabulary().TypesForWord(t.low).empty() && !ctx.lexicon.StartsPhrase(t.low) &&
           ctx.lexicon.EnglishVerb(ingest::WordNet::Shared().Lemma(t.low, ingest::WordClass::kVerb)).empty() &&
           ctx.lexicon.EnglishNoun(t.low).empty();
  };
  std::vector<std::string> lookup;
  for (const Tok& t : toks) lookup.push_back(t.raw);
  Result<std::vector<NameMatch>> names = ctx.names.Find(lookup, false, may_be_alone);
  if (!names.ok()) return names.status();
  for (size_t n = 0; n < names->size(); ++n) {
    const NameMatch& m = (*names)[n];
    for (size_t k = m.first; k < m.end; ++k) {
      toks[k].cls = Cls::kName;
      toks[k].name = static_cast<int>(n);
      toks[k].ids = m.ids;
    }
    toks[m.end - 1].possessive = toks[m.end - 1].possessive || m.rest == "'s";
  }
  en::Classify(ctx.lexicon, &toks);
  return toks;
}

// "Which Korean company ...": a nationality word (demonyms in question_words.json) between
// the question word and its noun restricts the answer to things in that country. A country the
// graph does not have is a name unknown.
Status DemonymAfterWh(const QuestionContext& ctx, const std::vector<parser::ast::Name>& words,
                      std::vector<Tok>* toks, QuestionFrame* frame) {
  const auto& demonyms = ctx.lexicon.grammar().en.demonyms;
  for (size_t i = 0; i + 2 < toks->size(); ++i) {
    const Tok& wh = (*toks)[i];
    Tok& word = (*toks)[i + 1];
    if (wh.cls != Cls::kWh || (wh.low != "which" && wh.low != "what")) continue;
    auto d = demonyms.find(word.low);
    if (word.cls != Cls::kOther || d == demonyms.end() || !std::isupper(static_cast<unsigned char>(word.raw[0]))) {
      continue;
    }
    for (const std::string& country : d->second) {
      Result<std::vector<TermId>> ids = ctx.names.Lookup(country);
      if (!ids.ok()) return ids.status();
      frame->answer_place.insert(frame->answer_place.end(), ids->begin(), ids->end());
    }
    if (frame->answer_place.empty()) {
      return ctx.binder.ResolveName(d->second.front(), words[word.word], nullptr).status();
    }
    word.cls = Cls::kSkip;
    return Status::OK();
  }
  return Status::OK();
}

// "Which company does chairman Cho run?", "Whom did minister Ahn meet?": a title right before a
// person's name, with another relation word in the question, only says who the person is.
// Before an organisation ("the Acme CEO") or alone, it is the relation asked.
void TitleBeforePerson(const QuestionContext& ctx, std::vector<Tok>* toks_ptr) {
  std::vector<Tok>& toks = *toks_ptr;
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    Tok& title = toks[i];
    if (title.cls != Cls::kCue || i + title.span >= toks.size()) continue;
    const Tok& name = toks[i + title.span];
    bool agent_noun = title.noun &&
                      std::any_of(title.cues.begin(), title.cues.end(), [](const Cue& c) {
                        return c.kind == Cue::Kind::kAgentNoun;
                      });
    if (!agent_noun || name.cls != Cls::kName || name.ids.empty()) continue;
    bool person = std::all_of(name.ids.begin(), name.ids.end(), [&](TermId id) {
      Result<const Term*> t = ctx.binder.text().Get(id);
      return t.ok() && (*t)->type == "Person";
    });
    bool other_cue = std::any_of(toks.begin() + i + title.span + 1, toks.end(),
                                 [](const Tok& t) { return t.cls == Cls::kCue; });
    if (person && other_cue) title.cls = Cls::kDet;
  }
}

// Noun phrases in order: names (joined when coordinated: "A and B"), the question word, the
// head of a relative clause or of an imperative ("list the companies ...").
std::vector<Np> NounPhrases(const std::vector<Tok>& toks, const en::Wh& wh, size_t mid) {
  std::vector<Np> nps;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (i == mid) {
      nps.push_back(Np{i, i, End::Mid(), false, false});
      continue;
    }
    if (wh.np && i == wh.pos) {
      nps.push_back(Np{i, wh.end - 1, End::Answer(), false, wh.word == "whose"});
      continue;
    }
    if (toks[i].cls != Cls::kName || (i > 0 && toks[i - 1].name == toks[i].name)) continue;
    size_t last = i;
    while (last + 1 < toks.size() && toks[last + 1].name == toks[i].name) ++last;
    Np np{i, last, End::Names({toks[i].ids}), toks[last].possessive, false};
    // "the European Union's AI Act": the possessor only says whose the next name is.
    if (!nps.empty() && nps.back().possessive && nps.back().end.kind == End::Kind::kNames &&
        nps.back().last + 1 == i) {
      nps.back() = np;
      continue;
    }
    // "A and B", "A, B and C": one phrase naming several things.
    if (!nps.empty() && nps.back().end.kind == End::Kind::kNames && i >= 1 &&
        nps.back().last + 2 >= i && toks[i - 1].cls == Cls::kConj && !nps.back().possessive) {
      nps.back().end.names.push_back(toks[i].ids);
      nps.back().last = last;
      nps.back().possessive = np.possessive;
      continue;
    }
    nps.push_back(np);
  }
  return nps;
}

// ---------------------------------------------------------------- one clause

struct Clause {
  const std::vector<Tok>& toks;
  const std::vector<Np>& nps;
  size_t first, end;                 // tokens of the clause
  size_t skip_first = 0, skip_end = 0;  // a relative clause inside it: (skip_first, skip_end)
  bool In(const Np& np) const {
    return np.pos >= first && np.pos < end && !(np.pos > skip_first && np.pos < skip_end);
  }
};

const Np* LastBefore(const Clause& c, size_t pos, const Np* except = nullptr) {
  const Np* best = nullptr;
  for (const Np& np : c.nps) {
    if (np.last < pos && c.In(np) && &np != except) best = &np;
  }
  return best;
}

const Np* FirstAfter(const Clause& c, size_t pos, const Np* except = nullptr) {
  for (const Np& np : c.nps) {
    if (np.pos > pos && c.In(np) && &np != except) return &np;
  }
  return nullptr;
}

const Np* FirstNp(const Clause& c, const Np* a, const Np* b) {
  for (const Np& np : c.nps) {
    if (c.In(np) && &np != a && &np != b) return &np;
  }
  return nullptr;
}

// The preposition right after the cue (or stranded at the clause's end).
std::string PrepAfter(const Clause& c, size_t cue_end) {
  for (size_t i = cue_end; i < c.end; ++i) {
    if (c.toks[i].cls == Cls::kPrep) return c.toks[i].low;
    if (c.toks[i].cls == Cls::kName || c.toks[i].cls == Cls::kCue) break;
  }
  return "";
}

// A preposition stranded at the clause's end after a name ("supply HBM4 to?"), or "".
std::string StrandedPrep(const Clause& c, size_t cue_end) {
  if (c.end == 0 || c.end <= cue_end + 1) return "";
  const Tok& last = c.toks[c.end - 1];
  if (last.cls != Cls::kPrep) return "";
  for (size_t i = cue_end; i + 1 < c.end; ++i) {
    if (c.toks[i].cls == Cls::kName) return last.low;
  }
  return "";
}

// Keeps the cues whose preposition the question uses; without one, those that take none.
std::vector<Cue> ByPrep(const std::vector<Cue>& cues, const std::string& prep, bool has_object) {
  std::vector<Cue> same, none;
  for (const Cue& q : cues) {
    if (!prep.empty() && q.prep == prep) same.push_back(q);
    if (q.prep.empty()) none.push_back(q);
  }
  if (!same.empty()) return same;
  if (prep == "by" || (prep.empty() && !none.empty() && has_object)) return none.empty() ? cues : none;
  return cues;
}

// Whether a noun phrase is the object of a preposition ("at the Seoul Mobility Show", "in
// Korea"): the word before it, past determiners, is one.
bool AfterPreposition(const Clause& c, const Np& np) {
  for (size_t i = np.pos; i-- > c.first;) {
    if (c.toks[i].cls == Cls::kDet) continue;
    return c.toks[i].cls == Cls::kPrep;
  }
  return false;
}

bool AnswerPlaced(const std::vector<Reading>& readings, size_t first) {
  return std::any_of(readings.begin() + static_cast<std::ptrdiff_t>(first), readings.end(),
                     [](const Reading& r) {
                       return r.subject.kind == End::Kind::kAnswer ||
                              r.object.kind == End::Kind::kAnswer;
                     });
}

bool Participle(const Tok& t) {
  return t.low.size() > 2 && t.low.compare(t.low.size() - 3, 3, "ing") != 0 && t.low != t.lemma;
}

// "Whom did X urge to implement Y?": "to" before a verb after the cue opens an infinitive
// clause of its own, whose names fill none of the cue's slots. Its position, or c.end.
size_t InfinitiveAfter(const Clause& c, size_t cue_end) {
  for (size_t k = cue_end; k + 1 < c.end; ++k) {
    const Tok& verb = c.toks[k + 1];
    bool verb_word = (verb.cls == Cls::kOther || (verb.cls == Cls::kCue && !verb.noun)) &&
                     ingest::WordNet::Shared().Has(verb.lemma, ingest::WordClass::kVerb);
    if (c.toks[k].low == "to" && verb_word) return k;
  }
  return c.end;
}

void VerbClause(const Clause& c, size_t cue, std::vector<Reading>* out) {
  if (size_t inf = InfinitiveAfter(c, cue + c.toks[cue].span); inf < c.end) {
    Clause main_verb = c;
    main_verb.end = inf;
    VerbClause(main_verb, cue, out);
    return;
  }
  const Tok& v = c.toks[cue];
  bool be = false;
  for (size_t i = c.first; i < cue; ++i) be = be || c.toks[i].cls == Cls::kBe;
  size_t after = cue + v.span;
  std::string prep = PrepAfter(c, after);
  bool by = false;
  for (size_t i = after; i < c.end; ++i) by = by || c.toks[i].low == "by";
  const Np* before = LastBefore(c, cue);
  const Np* next = FirstAfter(c, cue);
  // "Who will X supply HBM4 to?": the stranded preposition is the cue's, the question word its
  // object; the name after the verb is what is supplied, no end of the relation.
  std::string stranded = prep.empty() && !be ? StrandedPrep(c, after) : "";
  std::vector<Cue> to;
  for (const Cue& q : v.cues) {
    if (!stranded.empty() && q.prep == stranded) to.push_back(q);
  }
  const Np* answer = nullptr;
  for (const Np& np : c.nps) {
    if (c.In(np) && np.end.kind == End::Kind::kAnswer) answer = &np;
  }
  if (!to.empty() && answer && before && before != answer && next && next != answer) {
    understand::AddVerbReadings(to, before->end, answer->end, out);
    return;
  }
  std::vector<Cue> cues = ByPrep(v.cues, prep, next != nullptr);
  size_t first_reading = out->size();
  for (const Cue& q : cues) {
    // "was X set up by": a participle like its base is passive when "by" follows.
    bool passive = be && v.cls == Cls::kCue && !v.noun && (Participle(v) || by) && (by || q.prep.empty());
    const Np *agent, *patient;
    if (passive) {
      patient = before;
      agent = by ? FirstAfter(c, cue) : nullptr;
      if (!agent) agent = FirstNp(c, patient, nullptr);
    } else {
      agent = before;
      patient = next;
      if (!patient) patient = FirstNp(c, agent, nullptr);  // fronted: "what did X release"
      if (agent == nullptr && patient) agent = FirstAfter(c, patient->last, patient);
    }
    End a = agent ? agent->end : End::Free();
    End p = patient ? patient->end : End::Free();
    understand::AddVerbReadings({q}, a, p, out);
  }
  // "What product will X unveil at CES?", "which companies does X compete with in Korea?":
  // readings that leave the question word out took a prepositional phrase of place or
  // occasion for the object. The phrase is an adjunct; the question word is the object.
  // (Not "where does X rank in Y": there both ends are named and "where" asks for the rank.)
  std::string wh_word = answer ? c.toks[answer->pos].low : "";
  bool entity_asked = wh_word == "who" || wh_word == "whom" || wh_word == "what" || wh_word == "which";
  if (!be && entity_asked && before && before != answer && next && next != answer &&
      AfterPreposition(c, *next) && !AnswerPlaced(*out, first_reading)) {
    out->resize(first_reading);
    understand::AddVerbReadings(ByPrep(v.cues, "", true), before->end, answer->end, out);
  }
}

void NounClause(const Clause& c, size_t cue, const en::Wh& wh, std::vector<Reading>* out) {
  const Tok& n = c.toks[cue];
  const Np* complement = nullptr;
  const Np* referent = nullptr;
  size_t after = cue + n.span;
  if (wh.np && wh.pos <= cue && cue < wh.end) {  // "how many founders does X have"
    referent = FirstNp(c, nullptr, nullptr);
    for (const Np& np : c.nps) {
      if (np.end.kind == End::Kind::kAnswer && c.In(np)) referent = &np;
    }
    complement = FirstAfter(c, cue, referent);
    if (!complement) complement = LastBefore(c, cue, referent);
  } else {
    std::string prep = PrepAfter(c, after);
    const Np* next = FirstAfter(c, cue);
    if (!prep.empty() && next) complement = next;
    const Np* prev = LastBefore(c, cue);
    // Stranded: "which company is X the CEO of", "what is X part of" (not "X's part").
    if (!complement && !prep.empty() && !next) {
      for (const Np& np : c.nps) {
        if (np.end.kind == End::Kind::kAnswer && c.In(np)) complement = &np;
      }
    }
    // "Vantage's biggest rival in Europe": a possessor right before the noun is its
    // complement; a phrase in another preposition than "of" only says where.
    if (complement && prep != "of" && prev && prev->possessive && prev->last + 2 >= cue) {
      complement = nullptr;
    }
    // "OpenAI's CEO", "whose CEO", "Acme CEO" (at most one modifier between).
    if (!complement && prev && prev->last + 2 >= cue &&
        (prev->possessive || prev->whose || prev->last + 1 == cue)) {
      complement = prev;
    }
    for (const Np& np : c.nps) {
      if (&np == complement || !c.In(np)) continue;
      if (!referent || np.end.kind == End::Kind::kAnswer) referent = &np;
    }
    if (referent && complement == nullptr) complement = FirstNp(c, referent, nullptr);
  }
  End r = referent ? referent->end : End::Answer();
  End m = complement ? complement->end : End::Free();
  std::vector<Cue> agent, action;
  for (const Cue& q : n.cues) (q.kind == Cue::Kind::kAgentNoun ? agent : action).push_back(q);
  understand::AddNounReadings(agent, r, m, out);
  if (!action.empty()) VerbClause(c, cue, out);
}

void ReadClause(const Clause& c, size_t cue, const en::Wh& wh, std::vector<Reading>* out) {
  if (c.toks[cue].noun) {
    NounClause(c, cue, wh, out);
  } else {
    VerbClause(c, cue, out);
  }
}

// "Which companies are in X?", "how many firms are among X": with no relation word, the
// copula and the preposition before the name say it (copula_prepositions in
// question_words.json): the answer is the subject of each relation listed.
bool CopulaPrepositionReadings(const QuestionLexicon& lex, const std::vector<Tok>& toks,
                               const std::vector<Np>& nps, std::vector<Reading>* out) {
  bool be = std::any_of(toks.begin(), toks.end(), [](const Tok& t) { return t.cls == Cls::kBe; });
  const auto& preps = lex.grammar().en.copula_prepositions;
  for (size_t i = 0; be && i + 1 < toks.size(); ++i) {
    auto p = preps.find(toks[i].low);
    if (toks[i].cls != Cls::kPrep || p == preps.end()) continue;
    for (const Np& np : nps) {
      if (np.pos <= i || np.end.kind != End::Kind::kNames) continue;
      for (const std::string& id : p->second) {
        if (const ingest::RelationDef* def = lex.vocabulary().Find(id)) {
          out->push_back(Reading{def, End::Answer(), np.end});
        }
      }
      return !out->empty();
    }
  }
  return false;
}

// "What is X's rank in Y?", "what was the ranking of X": the noun of a relation whose facts
// carry ranks (after a possessive or a determiner when the verb's form is the noun's), as what
// "what" asks for, asks for the rank -- not for the list (Y is named, or the slot stays open
// and an unread word makes the question fail).
void RankNounAsked(const std::vector<Tok>& toks, size_t cue, const en::Wh& wh,
                   QuestionFrame* frame) {
  bool noun = toks[cue].noun ||
              (cue > 0 && (toks[cue - 1].possessive || toks[cue - 1].cls == Cls::kDet));
  if (!noun || wh.word != "what" || !frame->answer_word.empty() ||
      frame->asked != Asked::kEntity || frame->readings.empty()) {
    return;
  }
  for (const Reading& r : frame->readings) {
    if (!r.relation->question_rank) return;
  }
  frame->asked = Asked::kRank;
  frame->column = "rank";
  for (Reading& r : frame->readings) {
    if (r.subject.kind == End::Kind::kAnswer) r.subject = End::Free();
    if (r.object.kind == End::Kind::kAnswer) r.object = End::Free();
  }
}

}  // namespace

Result<QuestionFrame> UnderstandEnglish(const QuestionContext& ctx,
                                        const std::vector<parser::ast::Name>& words) {
  Result<std::vector<Tok>> toks_or = Tokens(ctx, words);
  if (!toks_or.ok()) return toks_or.status();
  std::vector<Tok>& toks = *toks_or;
  QuestionFrame frame;
  KG_RETURN_IF_ERROR(DemonymAfterWh(ctx, words, &toks, &frame));
  TitleBeforePerson(ctx, &toks);
  en::Wh wh = en::FindWh(ctx.lexicon, toks, &frame);
  en::Flags(ctx.lexicon, toks, &frame);
  if (en::MeasureAsked(ctx, toks, &frame)) return frame;

  std::vector<size_t> cues;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].cls == Cls::kCue) cues.push_back(i);
  }
  if (cues.empty()) {
    // "what is DeepSeek?", "OpenAI": everything about the one thing named.
    std::vector<Np> nps = NounPhrases(toks, wh, SIZE_MAX);
    bool unread = std::any_of(toks.begin(), toks.end(), [](const Tok& t) { return t.cls == Cls::kOther; });
    // "what is X's role at Y": a value noun after a possessive says the relation.
    if (!unread && en::PossessedValueReadings(ctx.lexicon, toks, nps, &frame)) return frame;
    // "which country is X from", "where is X": where X is.
    const std::string& place_word = wh.word == "where" ? wh.word : frame.answer_word;
    if (!unread && frame.asked == Asked::kEntity && !nps.empty() &&
        nps.back().end.kind == End::Kind::kNames &&
        understand::AddWhereReadings(ctx.lexicon, place_word, nps.back().end, &frame.readings)) {
      return frame;
    }
    // "which companies are in X": the copula and a preposition name the relation.
    if (!unread && wh.np && CopulaPrepositionReadings(ctx.lexicon, toks, nps, &frame.readings)) {
      return frame;
    }
    if (!unread && nps.size() <= 2 && frame.asked == Asked::kEntity && !nps.empty() &&
        nps.back().end.kind == End::Kind::kNames && nps.back().end.names.size() == 1) {
      frame.asked = Asked::kAbout;
      frame.about = nps.back().end.names.front();
      return frame;
    }
    return en::NoRelationWord(ctx, words, toks);
  }
  KG_RETURN_IF_ERROR(en::CheckUnknownNames(ctx, words, toks));

  // Two hops: "the company (that) Acme partnered with" inside a question with its own cue.
  en::Relative rel = en::FindRelative(toks, wh, cues);
  std::vector<Np> nps = NounPhrases(toks, wh, rel.found ? rel.head : SIZE_MAX);
  if (rel.found) {
    Clause inner{toks, nps, rel.head, rel.end};
    ReadClause(inner, rel.cue, wh, &frame.inner);
    std::vector<Tok> outer_toks = toks;
    for (size_t i = rel.head + 1; i < rel.end; ++i) outer_toks[i].cls = Cls::kSkip;
    // The relative clause's names are not the main clause's (its head stands for them).
    Clause outer{outer_toks, nps, 0, toks.size(), rel.head, rel.end};
    ReadClause(outer, rel.outer_cue, wh, &frame.readings);
  } else {
    Clause all{toks, nps, 0, toks.size()};
    size_t main = en::MainCue(toks, cues);
    ReadClause(all, main, wh, &frame.readings);
    RankNounAsked(toks, main, wh, &frame);
    // "which companies is X developing engines with": the partner in the deed.
    en::CompanionReadings(ctx.lexicon, toks, nps, main, &frame);
  }
  if (wh.word == "where") understand::PlaceOfEvents(ctx.lexicon, true, &frame);
  // "Where did X rank?" with the ranking unnamed asks the rank too, not which ranking; words
  // after the verb's preposition ("in app satisfaction") describe the ranking, no name.
  size_t described_from = toks.size();
  if (wh.word == "where" && frame.asked == Asked::kEntity && !frame.readings.empty() &&
      std::all_of(frame.readings.begin(), frame.readings.end(), [](const Reading& r) {
        return r.relation->question_rank && r.subject.kind == End::Kind::kNames &&
               r.object.kind == End::Kind::kAnswer;
      })) {
    for (Reading& r : frame.readings) r.object = End::Free();
    auto cue =
        std::find_if(toks.begin(), toks.end(), [](const Tok& t) { return t.cls == Cls::kCue; });
    auto prep = std::find_if(cue, toks.end(), [](const Tok& t) { return t.cls == Cls::kPrep; });
    if (prep != toks.end()) described_from = static_cast<size_t>(prep - toks.begin());
  }
  // "Where did X launch Y?": with both ends named, "where" asks for the fact's place.
  bool answer_slot = std::any_of(frame.readings.begin(), frame.readings.end(), [](const Reading& r) {
    return r.subject.kind == End::Kind::kAnswer || r.object.kind == End::Kind::kAnswer;
  });
  if (wh.word == "where" && !answer_slot && frame.asked == Asked::kEntity) {
    // "Where does X rank in Y?": of a relation whose facts carry ranks, the rank.
    bool rank = !frame.readings.empty() &&
                std::all_of(frame.readings.begin(), frame.readings.end(),
                            [](const Reading& r) { return r.relation->question_rank; });
    frame.asked = rank ? Asked::kRank : Asked::kPlace;
    frame.column = rank ? "rank" : "place";
  }
  // A slot left open while a word went unread ("who partnered with blorp"): that word was
  // meant as a name, and the graph has none.
  bool open = std::any_of(frame.readings.begin(), frame.readings.end(), [](const Reading& r) {
    return r.subject.kind == End::Kind::kFree || r.object.kind == End::Kind::kFree;
  });
  for (size_t i = 0; open && i < described_from; ++i) {
    if (toks[i].cls != Cls::kOther) continue;
    Result<std::vector<TermId>> ids =
        ctx.binder.ResolveName(TrimPunctuation(toks[i].raw), words[toks[i].word], nullptr);
    if (!ids.ok()) return ids.status();
  }
  return frame;
}

}  // namespace kg
