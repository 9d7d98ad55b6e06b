// Natural-language questions -> branches of triple patterns, driven by the relation
// vocabulary: a verb or noun names one or more relations; its direction (subject_is,
// denotes), symmetry and preposition decide which side the known name is on.
#include <algorithm>
#include <boost/variant/apply_visitor.hpp>

#include "kg/base/unicode.h"
#include "kg/query/binder.h"

namespace kg {

namespace ast = parser::ast;
using ingest::ObjectKind;
using ingest::RelationDef;

// Binds one question shape at a time into `out`.
struct QuestionBinder {
  using result_type = Status;
  Binder* b;
  BoundQuery* out;

  // ---------------------------------------------------------------- helpers

  int Answer(const std::string& column) {
    int v = b->Var(out, "answer" + std::to_string(out->var_names.size()));
    out->projection.push_back(v);
    out->columns.push_back(column);
    return v;
  }

  void FilterType(int var, const std::string& word) {
    if (word.empty()) return;
    // "AI companies": the last word names the kind.
    std::string last = word.substr(word.find_last_of(' ') == std::string::npos
                                       ? 0
                                       : word.find_last_of(' ') + 1);
    std::vector<std::string> types = b->vocabulary().TypesForWord(last);
    if (!types.empty()) out->type_filters.push_back({var, types});
  }

  static std::string Column(const std::string& wh, const std::string& type) {
    if (wh == "which" && !type.empty()) return type;
    return wh;
  }

  // Relations a verb names, keeping those whose preposition matches the question's.
  std::vector<const RelationDef*> VerbRelations(const std::string& verb, const std::string& prep,
                                                bool entity_objects_only) {
    std::vector<const RelationDef*> all = b->vocabulary().ByVerb(verb), kept;
    for (const RelationDef* d : all) {
      if (entity_objects_only && d->object != ObjectKind::kEntity) continue;
      kept.push_back(d);
    }
    if (kept.empty()) kept = all;
    if (!prep.empty()) {
      std::vector<const RelationDef*> same_prep;
      for (const RelationDef* d : kept) {
        const ingest::VerbForm* f = ingest::RelationVocabulary::FindVerb(*d, verb);
        if (f && f->prep == prep) same_prep.push_back(d);
      }
      if (!same_prep.empty()) return same_prep;
    }
    // Without a preposition in the question, prefer relations whose verb takes none.
    if (prep.empty() && kept.size() > 1) {
      std::vector<const RelationDef*> no_prep;
      for (const RelationDef* d : kept) {
        const ingest::VerbForm* f = ingest::RelationVocabulary::FindVerb(*d, verb);
        if (f && f->prep.empty()) no_prep.push_back(d);
      }
      if (!no_prep.empty()) return no_prep;
    }
    return kept;
  }

  BoundAtom MakeAtom(const Slot& s, const RelationDef& def, const Slot& o, bool answers_also) {
    BoundAtom a;
    a.s = s;
    a.p = Slot::Const(b->RelationIds(def, answers_also));
    a.o = o;
    a.symmetric = def.symmetric;
    a.source = def.id;
    return a;
  }

  // One branch per relation: for every name set, `?ans REL NAME` (name_is_object) or
  // `NAME REL ?ans`.
  void AddBranches(const std::vector<const RelationDef*>& defs,
                   const std::vector<std::vector<TermId>>& names, int ans,
                   const std::function<bool(const RelationDef&)>& name_is_object,
                   Polarity polarity, const std::vector<QualifierMatch>& quals = {}) {
    for (const RelationDef* def : defs) {
      Branch br;
      for (const auto& ids : names) {
        bool obj = name_is_object(*def);
        BoundAtom a = obj ? MakeAtom(Slot::Var(ans), *def, Slot::Const(ids), true)
                          : MakeAtom(Slot::Const(ids), *def, Slot::Var(ans), true);
        a.polarity = polarity;
        a.qualifiers = quals;
        br.atoms.push_back(std::move(a));
      }
      out->branches.push_back(std::move(br));
    }
  }

  Result<std::vector<std::vector<TermId>>> Names(const ast::Names& n) {
    return b->ResolveNames(n.text, n, out);
  }

  std::vector<TermId> Flatten(const std::vector<std::vector<TermId>>& sets) {
    std::vector<TermId> all;
    for (const auto& s : sets) all.insert(all.end(), s.begin(), s.end());
    return all;
  }

  Result<std::vector<TermId>> OrdinalLiterals(int n) {
    std::vector<TermId> ids;
    std::string text = std::to_string(n);
    for (const char* dt : {"http://www.w3.org/2001/XMLSchema#integer", ""}) {
      Result<TermId> id = b->LiteralId(Literal{text, dt, ""});
      if (!id.ok()) return id.status();
      if (id->valid()) ids.push_back(*id);
    }
    return ids;
  }

  // ---------------------------------------------------------------- shapes

  Status operator()(const ast::AskSubject& q) {
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    int ans = Answer(Column(q.wh, q.type));
    FilterType(ans, q.type);
    std::vector<QualifierMatch> quals;
    if (q.ordinal) {
      auto lits = OrdinalLiterals(*q.ordinal);
      if (!lits.ok()) return lits.status();
      quals.push_back({"rank", Slot::Const(*lits)});
    }
    auto defs = VerbRelations(q.verb.base, q.prep, true);
    AddBranches(defs, *names, ans,
                [&](const RelationDef& d) {
                  const ingest::VerbForm* f = ingest::RelationVocabulary::FindVerb(d, q.verb.base);
                  return !(f && f->subject_is_object);  // "who V X": X is the object
                },
                q.negated ? Polarity::kNegated : Polarity::kPositive, quals);
    return Status::OK();
  }

  Status operator()(const ast::AskObject& q) {
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    int ans = Answer(Column(q.wh, q.type));
    FilterType(ans, q.type);
    auto defs = VerbRelations(q.verb.base, q.prep, true);
    AddBranches(defs, *names, ans,
                [&](const RelationDef& d) {
                  const ingest::VerbForm* f = ingest::RelationVocabulary::FindVerb(d, q.verb.base);
                  return f && f->subject_is_object;  // "what did X V": X is the subject
                },
                q.negated ? Polarity::kNegated : Polarity::kPositive);
    return Status::OK();
  }

  Status operator()(const ast::AskPassive& q) {
    // "what was released by OpenAI": the name after 'by' is the active subject.
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    int ans = Answer(Column(q.wh, q.type));
    FilterType(ans, q.type);
    std::string prep = q.prep == "by" ? "" : q.prep;
    auto defs = VerbRelations(q.verb.base, prep, true);
    bool agent = q.prep == "by";
    AddBranches(defs, *names, ans,
                [&](const RelationDef& d) {
                  const ingest::VerbForm* f = ingest::RelationVocabulary::FindVerb(d, q.verb.base);
                  bool subject_is_object = f && f->subject_is_object;
                  return agent ? subject_is_object : !subject_is_object;
                },
                q.negated ? Polarity::kNegated : Polarity::kPositive);
    return Status::OK();
  }

  Status operator()(const ast::AskNoun& q) {
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    int ans = Answer(Column(q.wh, q.type));
    FilterType(ans, q.type);
    auto defs = b->vocabulary().ByNoun(q.noun.base);
    AddBranches(defs, *names, ans,
                [&](const RelationDef& d) {
                  const ingest::NounForm* n = ingest::RelationVocabulary::FindNoun(d, q.noun.base);
                  return !(n && n->denotes_object);  // "the CEO of X": X is the object
                },
                Polarity::kPositive);
    return Status::OK();
  }

  Status operator()(const ast::AskRelative& q) {
    // "which company made the model that DeepSeek-R2 succeeds":
    //   DeepSeek-R2 succeeds ?m, ?ans made ?m
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    int ans = Answer(Column("which", q.type));
    FilterType(ans, q.type);
    int mid = b->Var(out, "thing");
    for (const RelationDef* inner : VerbRelations(q.inner.base, "", true)) {
      const ingest::VerbForm* fi = ingest::RelationVocabulary::FindVerb(*inner, q.inner.base);
      bool inner_rev = fi && fi->subject_is_object;
      for (const RelationDef* outer : VerbRelations(q.outer.base, "", true)) {
        const ingest::VerbForm* fo = ingest::RelationVocabulary::FindVerb(*outer, q.outer.base);
        bool outer_rev = fo && fo->subject_is_object;
        Branch br;
        for (const auto& ids : *names) {
          br.atoms.push_back(inner_rev
                                 ? MakeAtom(Slot::Var(mid), *inner, Slot::Const(ids), true)
                                 : MakeAtom(Slot::Const(ids), *inner, Slot::Var(mid), true));
        }
        br.atoms.push_back(outer_rev ? MakeAtom(Slot::Var(mid), *outer, Slot::Var(ans), true)
                                     : MakeAtom(Slot::Var(ans), *outer, Slot::Var(mid), true));
        out->branches.push_back(std::move(br));
      }
    }
    return Status::OK();
  }

  // Amounts stated by NAME: as the object of an amount relation, or as the [amount]
  // qualifier of a fact with NAME as subject (towards `target` when given).
  Status HowMuchBranches(const std::vector<std::vector<TermId>>& names, const std::string& verb,
                         const std::vector<const RelationDef*>& defs,
                         const std::vector<TermId>* target) {
    int amount = Answer("amount");
    std::vector<TermId> subjects = Flatten(names);
    for (const RelationDef* def : defs) {
      Branch br;
      if (def->object == ObjectKind::kAmount) {
        if (target) continue;  // "how much did A invest in B" is about A's facts towards B
        br.atoms.push_back(MakeAtom(Slot::Const(subjects), *def, Slot::Var(amount), false));
      } else if (def->object == ObjectKind::kEntity) {
        Slot obj = target ? Slot::Const(*target) : Slot::Var(b->Var(out, "target"));
        BoundAtom a = MakeAtom(Slot::Const(subjects), *def, obj, false);
        a.symmetric = false;
        a.qualifiers.push_back({"amount", Slot::Var(amount)});
        br.atoms.push_back(std::move(a));
      } else {
        continue;
      }
      out->branches.push_back(std::move(br));
    }
    return Status::OK();
  }

  Status operator()(const ast::HowMuch& q) {
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    std::vector<TermId> target;
    if (q.target) {
      auto t = Names(*q.target);
      if (!t.ok()) return t.status();
      target = Flatten(*t);
    }
    return HowMuchBranches(*names, q.verb.base, b->vocabulary().ByVerb(q.verb.base),
                           q.target ? &target : nullptr);
  }

  Status operator()(const ast::HowMany& q) {
    ast::AskSubject ask;
    ask.wh = "which";
    ask.type = q.type;
    ask.verb = q.verb;
    ask.prep = q.prep;
    ask.names = q.names;
    KG_RETURN_IF_ERROR((*this)(ask));
    out->kind = BoundQuery::Kind::kCount;
    return Status::OK();
  }

  Status operator()(const ast::WhenWhere& q) {
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    std::vector<TermId> subjects = Flatten(*names);
    std::vector<TermId> target;
    if (q.target) {
      auto t = Names(*q.target);
      if (!t.ok()) return t.status();
      target = Flatten(*t);
    }
    const bool passive = q.aux == "was" || q.aux == "were" || q.aux == "is" || q.aux == "are";
    const bool when = q.wh == "when";
    int value = Answer(when ? "date" : "place");
    for (const RelationDef* def : b->vocabulary().ByVerb(q.verb.base)) {
      const ingest::VerbForm* f = ingest::RelationVocabulary::FindVerb(*def, q.verb.base);
      bool rev = f && f->subject_is_object;
      Branch br;
      if (when && def->object == ObjectKind::kDate) {
        br.atoms.push_back(MakeAtom(Slot::Const(subjects), *def, Slot::Var(value), false));
      } else if (!when && def->where) {
        // X announced_at PLACE, X located_in PLACE: the thing is the subject.
        const std::vector<TermId>& thing = q.target ? target : subjects;
        br.atoms.push_back(MakeAtom(Slot::Const(thing), *def, Slot::Var(value), false));
      } else if (def->object == ObjectKind::kEntity) {
        // The date or place of a fact, as its qualifier.
        Slot other = q.target ? Slot::Const(target) : Slot::Var(b->Var(out, "other"));
        bool name_is_subject = passive ? rev : !rev;
        BoundAtom a = name_is_subject ? MakeAtom(Slot::Const(subjects), *def, other, false)
                                      : MakeAtom(other, *def, Slot::Const(subjects), false);
        a.qualifiers.push_back({when ? "date" : "place", Slot::Var(value)});
        br.atoms.push_back(std::move(a));
      } else {
        continue;
      }
      out->branches.push_back(std::move(br));
    }
    return Status::OK();
  }

  Status operator()(const ast::YesNoNoun& q) {
    auto subj = Names(q.subject);
    if (!subj.ok()) return subj.status();
    auto obj = Names(q.object);
    if (!obj.ok()) return obj.status();
    out->kind = BoundQuery::Kind::kAsk;
    out->columns = {"answer"};
    for (const RelationDef* def : b->vocabulary().ByNoun(q.noun.base)) {
      const ingest::NounForm* n = ingest::RelationVocabulary::FindNoun(*def, q.noun.base);
      bool rev = n && n->denotes_object;
      Branch br;
      for (const auto& s : *subj) {
        for (const auto& o : *obj) {
          br.atoms.push_back(rev ? MakeAtom(Slot::Const(o), *def, Slot::Const(s), true)
                                 : MakeAtom(Slot::Const(s), *def, Slot::Const(o), true));
        }
      }
      out->branches.push_back(std::move(br));
    }
    return Status::OK();
  }

  Status operator()(const ast::YesNoVerb& q) {
    auto subj = Names(q.subject);
    if (!subj.ok()) return subj.status();
    auto obj = Names(q.object);
    if (!obj.ok()) return obj.status();
    out->kind = BoundQuery::Kind::kAsk;
    out->columns = {"answer"};
    const bool passive_by = (q.aux == "is" || q.aux == "was" || q.aux == "were" || q.aux == "are") &&
                            q.prep == "by";
    for (const RelationDef* def : VerbRelations(q.verb.base, passive_by ? "" : q.prep, true)) {
      const ingest::VerbForm* f = ingest::RelationVocabulary::FindVerb(*def, q.verb.base);
      bool rev = (f && f->subject_is_object) != passive_by;
      Branch br;
      for (const auto& s : *subj) {
        for (const auto& o : *obj) {
          BoundAtom a = rev ? MakeAtom(Slot::Const(o), *def, Slot::Const(s), true)
                            : MakeAtom(Slot::Const(s), *def, Slot::Const(o), true);
          a.polarity = q.negated ? Polarity::kNegated : Polarity::kPositive;
          br.atoms.push_back(std::move(a));
        }
      }
      out->branches.push_back(std::move(br));
    }
    return Status::OK();
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

  // Korean: NAME+PARTICLE STEM+ENDING HEAD. The particle's role tells which side NAME is on.
  Status operator()(const ast::KoreanAsk& q) {
    auto names = Names(q.names);
    if (!names.ok()) return names.status();
    static const std::map<std::string, std::string> kRoles = {
        {"와", "partner"},  {"과", "partner"},   {"와의", "partner"}, {"과의", "partner"},
        {"하고", "partner"}, {"랑", "partner"},   {"이랑", "partner"}, {"를", "object"},
        {"을", "object"},   {"가", "subject"},   {"이", "subject"},   {"이가", "subject"},
        {"께서", "subject"}, {"은", "topic"},     {"는", "topic"},     {"에", "target"},
        {"에게", "target"},  {"에서", "place"},   {"로", "means"},     {"으로", "means"},
        {"로부터", "source"}, {"으로부터", "source"}, {"의", "genitive"}};
    auto role_it = kRoles.find(q.particle);
    std::string role = role_it == kRoles.end() ? "" : role_it->second;
    bool negated = q.ending.find("\xEC\x95\x8A") != std::string::npos;  // 않
    std::string answer_kind = b->vocabulary().AnswerKindForWord(q.head);

    std::vector<const RelationDef*> defs;
    for (const RelationDef& d : b->vocabulary().relations()) {
      if (std::find(d.ko_stems.begin(), d.ko_stems.end(), q.stem.base) != d.ko_stems.end()) {
        defs.push_back(&d);
      }
    }
    auto has = [](const std::vector<std::string>& v, const std::string& x) {
      return std::find(v.begin(), v.end(), x) != v.end();
    };
    if (answer_kind == "amount") {
      return HowMuchBranches(*names, "", defs, nullptr);
    }
    int ans = Answer(q.head.empty() ? "answer" : q.head);
    FilterType(ans, q.head);
    for (const RelationDef* def : defs) {
      if (def->object != ObjectKind::kEntity && answer_kind.empty()) continue;
      bool name_is_object = has(def->ko_object_roles, role);
      bool name_is_subject = has(def->ko_subject_roles, role);
      if (!name_is_object && !name_is_subject) continue;
      Branch br;
      for (const auto& ids : *names) {
        BoundAtom a = name_is_object ? MakeAtom(Slot::Var(ans), *def, Slot::Const(ids), true)
                                     : MakeAtom(Slot::Const(ids), *def, Slot::Var(ans), true);
        a.polarity = negated ? Polarity::kNegated : Polarity::kPositive;
        br.atoms.push_back(std::move(a));
      }
      out->branches.push_back(std::move(br));
    }
    return Status::OK();
  }
};

Status Binder::BindQuestion(const ast::Question& q, BoundQuery* out) {
  out->kind = BoundQuery::Kind::kSelect;
  QuestionBinder qb{this, out};
  KG_RETURN_IF_ERROR(boost::apply_visitor(qb, q));
  if ((out->kind == BoundQuery::Kind::kSelect || out->kind == BoundQuery::Kind::kCount ||
       out->kind == BoundQuery::Kind::kAsk) &&
      out->branches.empty()) {
    return Status::InvalidArgument("the vocabulary has no relation for this question");
  }
  return Status::OK();
}

}  // namespace kg
