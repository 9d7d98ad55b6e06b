// Natural-language questions -> branches of triple patterns. The readers (understand_*.cpp)
// say which relations the question may mean and which end each named thing is on; here every
// reading becomes a branch (joined with the inner readings of a two-hop question), the answer a
// variable -- an end of the relation, or the fact's qualifier for amounts, dates and places.
#include <algorithm>
#include <boost/variant/apply_visitor.hpp>
#include <cctype>

#include "kg/base/unicode.h"
#include "kg/query/binder.h"
#include "kg/query/understand.h"

namespace kg {

namespace ast = parser::ast;
using ingest::ObjectKind;
using ingest::RelationDef;

namespace {

// The qualifier a value question asks for, or "" when it asks for an entity.
const char* QualifierKey(Asked asked) {
  switch (asked) {
    case Asked::kAmount: return "amount";
    case Asked::kDate: return "date";
    case Asked::kPlace: return "place";
    case Asked::kPercent: return "percent";
    case Asked::kRank: return "rank";
    case Asked::kRole: return "role";
    default: return "";
  }
}

// Whether the relation's object is itself the value asked for (investment_amount, event_date,
// located_in for "where"; has_metric, whose object is any value, for "how much" and "what
// percentage").
bool ObjectIsValue(const RelationDef& def, Asked asked) {
  return (asked == Asked::kAmount && def.object == ObjectKind::kAmount) ||
         ((asked == Asked::kAmount || asked == Asked::kPercent) && def.object == ObjectKind::kValue) ||
         (asked == Asked::kDate && def.object == ObjectKind::kDate) ||
         (asked == Asked::kPlace && def.where);
}

}  // namespace

// Binds one question at a time into `out`.
struct QuestionBinder {
  using result_type = Status;
  Binder* b;
  BoundQuery* out;
  int answer = -1, mid = -1, free_vars = 0;
  std::vector<std::string> nationality_relations{};

  Result<std::vector<std::vector<TermId>>> Names(const ast::Names& n) {
    return b->ResolveNames(n.text, n, out);
  }

  static std::vector<TermId> Flatten(const std::vector<std::vector<TermId>>& sets) {
    std::vector<TermId> all;
    for (const auto& s : sets) all.insert(all.end(), s.begin(), s.end());
    return all;
  }

  Status operator()(const ast::About& q) {
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    out->kind = BoundQuery::Kind::kAbout;
    out->about = Flatten(*names);
    out->columns = {"subject", "relation", "object"};
    return Status::OK();
  }

  Status operator()(const ast::Connect& q) {
    auto from = Names(q.from);
    if (!from.ok()) return from.status();
    auto to = Names(q.to);
    if (!to.ok()) return to.status();
    out->kind = BoundQuery::Kind::kPath;
    out->path_from = Flatten(*from);
    out->path_to = Flatten(*to);
    out->columns = {"hops", "path"};
    return Status::OK();
  }

  Status operator()(const ast::NaturalQuestion& q) {
    if (q.words.empty()) return Status::InvalidArgument("empty question");
    Result<const QuestionLexicon*> lexicon = b->Lexicon();
    if (!lexicon.ok()) return lexicon.status();
    NameFinder finder(b->view(), b->text(), (*lexicon)->grammar().ko.name_endings,
                      &b->SoundNames());
    QuestionContext ctx{**lexicon, finder, *b};
    nationality_relations = (*lexicon)->grammar().nationality_relations;
    // Hangul makes a question Korean, unless it opens with an English grammar word ("who
    // partnered with 누리랩스?": a Korean name in an English question).
    bool korean = IsKoreanQuestion(q.words) &&
                  !(*lexicon)->grammar().IsFunctionWord(kg::ToLower(TrimPunctuation(q.words.front().text)));
    Result<QuestionFrame> frame = korean ? UnderstandKorean(ctx, q.words)
                                         : UnderstandEnglish(ctx, q.words);
    if (!frame.ok()) return frame.status();
    KG_RETURN_IF_ERROR(Bind(*frame));
    if (out->branches.empty() && out->kind != BoundQuery::Kind::kAbout) {
      return understand::NotUnderstood(*b, "the question",
                                       "no relation of the vocabulary fits its words",
                                       q.words.front());
    }
    return Status::OK();
  }

  Slot SlotOf(const End& e, size_t name_set) {
    switch (e.kind) {
      case End::Kind::kNames: return Slot::Const(e.names[name_set]);
      case End::Kind::kAnswer: return Slot::Var(AnswerVar());
      case End::Kind::kMid: return Slot::Var(mid >= 0 ? mid : Fresh());
      case End::Kind::kFree: break;
    }
    return Slot::Var(Fresh());
  }

  int Fresh() { return b->Var(out, "free" + std::to_string(free_vars++)); }
  // The variable the question asks for; a question without one (yes/no, a count) binds the
  // place to a fresh variable (never to variable -1, which indexes before the bindings).
  int AnswerVar() { return answer >= 0 ? answer : Fresh(); }

  // The rank literal as facts store it (typed or plain), for "ranks third".
  Result<std::vector<TermId>> RankLiterals(int n) {
    std::vector<TermId> ids;
    for (const char* dt : {"http://www.w3.org/2001/XMLSchema#integer", ""}) {
      Result<TermId> id = b->LiteralId(Literal{std::to_string(n), dt, ""});
      if (!id.ok()) return id.status();
      if (id->valid()) ids.push_back(*id);
    }
    return ids;
  }

  // The atoms of one reading: one per name when an end names several things ("A and B").
  Status Atoms(const Reading& r, const QuestionFrame& f, std::vector<BoundAtom>* atoms) {
    std::vector<TermId> rank;
    if (f.rank > 0) {
      Result<std::vector<TermId>> lits = RankLiterals(f.rank);
      if (!lits.ok()) return lits.status();
      rank = *lits;
    }
    const RelationDef& def = *r.relation;
    const char* key = QualifierKey(f.asked);
    bool value = *key != '\0';
    bool object_value = value && ObjectIsValue(def, f.asked) && r.object.kind != End::Kind::kNames;
    size_t ns = r.subject.kind == End::Kind::kNames ? r.subject.names.size() : 1;
    size_t no = r.object.kind == End::Kind::kNames ? r.object.names.size() : 1;
    for (size_t i = 0; i < ns; ++i) {
      for (size_t j = 0; j < no; ++j) {
        BoundAtom a;
        a.s = SlotOf(r.subject, i);
        a.p = Slot::Const(b->RelationIds(def, !value));
        a.o = object_value ? Slot::Var(AnswerVar()) : SlotOf(r.object, j);
        a.symmetric = def.symmetric;
        a.source = def.id;
        a.polarity = f.negated ? Polarity::kNegated : Polarity::kPositive;
        if (value && !object_value) {
          a.qualifiers.push_back({key, Slot::Var(AnswerVar())});
          a.symmetric = false;
        }
        if (f.rank > 0) a.qualifiers.push_back({"rank", Slot::Const(rank)});
        atoms->push_back(std::move(a));
      }
    }
    return Status::OK();
  }

  // A value question over a relation whose facts cannot carry it (no amount on ceo_of, and
  // not the relation's object either) still binds: its branch simply finds nothing.
  Status Bind(const QuestionFrame& f) {
    if (f.asked == Asked::kAbout) {
      out->kind = BoundQuery::Kind::kAbout;
      out->about = f.about;
      out->columns = {"subject", "relation", "object"};
      return Status::OK();
    }
    out->asks_plans = f.plans || f.any_tense;
    // A statement with both ends named and nothing asked ("Walmart acquired Brightwell
    // Stores", a relation id that is a plain word) asks whether it holds.
    auto asks_nothing = [](const std::vector<Reading>& rs) {
      return std::none_of(rs.begin(), rs.end(), [](const Reading& r) {
        return r.subject.kind == End::Kind::kAnswer || r.object.kind == End::Kind::kAnswer;
      });
    };
    // (Not a question that has a question word its readings lost: "with whom did X sign?" is
    // no yes/no question.)
    bool no_question_word = f.column.empty() || f.column == "answer";
    bool yes_no = f.asked == Asked::kYesNo ||
                  (f.asked == Asked::kEntity && no_question_word && !f.readings.empty() &&
                   f.inner.empty() && asks_nothing(f.readings));
    if (yes_no) {
      out->kind = BoundQuery::Kind::kAsk;
      out->columns = {"answer"};
    } else {
      answer = b->Var(out, "answer");
      out->projection.push_back(answer);
      out->columns.push_back(f.column.empty() ? "answer" : f.column);
      if (f.asked == Asked::kCount) out->kind = BoundQuery::Kind::kCount;
      FilterType(f.answer_word);
    }
    if (!f.inner.empty()) mid = b->Var(out, "thing");
    std::vector<std::vector<BoundAtom>> inner;
    for (const Reading& r : f.inner) {
      std::vector<BoundAtom> atoms;
      QuestionFrame entity = f;
      entity.asked = Asked::kEntity;
      entity.negated = false;
      entity.rank = 0;
      KG_RETURN_IF_ERROR(Atoms(r, entity, &atoms));
      inner.push_back(std::move(atoms));
    }
    if (inner.empty()) inner.push_back({});
    std::vector<size_t> outer_atoms;
    for (const Reading& r : f.readings) {
      for (const auto& in : inner) {
        Branch br;
        KG_RETURN_IF_ERROR(Atoms(r, f, &br.atoms));
        outer_atoms.push_back(br.atoms.size());
        br.atoms.insert(br.atoms.end(), in.begin(), in.end());
        out->branches.push_back(std::move(br));
      }
    }
    // "Where is X?" (the question word's column), or every reading asks for the place a where
    // relation (located_in) gives.
    bool where_readings = std::all_of(f.readings.begin(), f.readings.end(), [](const Reading& r) {
      return r.relation && r.relation->where && r.object.kind == End::Kind::kAnswer;
    });
    out->answers_places = !f.readings.empty() && f.inner.empty() && f.asked == Asked::kEntity &&
                          (f.column == "where" || where_readings);
    if (!f.answer_place.empty()) PlaceAnswer(f.answer_place);
    if (!f.unit.empty()) UnitAnswer(f.unit);
    if (f.plans && !f.any_tense && out->kind == BoundQuery::Kind::kSelect) return PlanBranches(outer_atoms);
    return Status::OK();
  }

  // out->plan_branches: the main clause's atoms (the first `outer_atoms[b]` of branch b) also
  // ask for status planned. None when no fact of the graph is planned.
  Status PlanBranches(const std::vector<size_t>& outer_atoms) {
    Result<TermId> planned = b->LiteralId(Literal{"planned", "", ""});
    if (!planned.ok()) return planned.status();
    if (!planned->valid()) return Status::OK();
    out->plan_branches = out->branches;
    for (size_t i = 0; i < out->plan_branches.size(); ++i) {
      for (size_t a = 0; a < outer_atoms[i]; ++a) {
        out->plan_branches[i].atoms[a].qualifiers.push_back({"status", Slot::Const({*planned})});
      }
    }
    return Status::OK();
  }

  // "which Korean company": every branch also asks that the answer be in the country, by the
  // relations of where a thing is (nationality_relations in question_words.json).
  void PlaceAnswer(const std::vector<TermId>& place) {
    if (answer < 0) return;
    std::vector<TermId> relations;
    for (const std::string& id : nationality_relations) {
      if (const RelationDef* def = b->vocabulary().Find(id)) {
        std::vector<TermId> ids = b->RelationIds(*def, true);
        relations.insert(relations.end(), ids.begin(), ids.end());
      }
    }
    for (Branch& br : out->branches) {
      BoundAtom a;
      a.s = Slot::Var(answer);
      a.p = Slot::Const(relations);
      a.o = Slot::Const(place);
      a.source = "answer_place";
      br.atoms.push_back(std::move(a));
    }
  }

  // 매개변수는 몇 개야: only values in the unit asked answer -- a count is never negative, so
  // `?answer >= 0 UNIT` keeps every value in it (filter.h: a unit matches only that unit).
  void UnitAnswer(const std::string& unit) {
    if (answer < 0) return;
    BoundFilter f;
    f.var = answer;
    f.op = BoundFilter::Op::kGe;
    f.text = "0";
    for (char ch : unit) f.unit.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    f.source = "unit " + unit;
    for (Branch& br : out->branches) br.filters.push_back(f);
  }

  void FilterType(const std::string& word) {
    if (word.empty() || answer < 0) return;
    size_t space = word.find_last_of(' ');
    std::string last = space == std::string::npos ? word : word.substr(space + 1);
    std::vector<std::string> types = b->vocabulary().TypesForWord(last);
    if (!types.empty()) out->type_filters.push_back({answer, types});
  }
};

Status Binder::BindQuestion(const ast::Question& q, BoundQuery* out) {
  out->kind = BoundQuery::Kind::kSelect;
  QuestionBinder qb{this, out};
  return boost::apply_visitor(qb, q);
}

}  // namespace kg
