// The invariant scan behind `kg check`. Memory stays small on large graphs: the three index
// orders are compared through an order-independent checksum of their entries instead of a
// point read per entry, and term ids (dense counters) are tracked in a byte per id.
#include "kg/storage/integrity_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "kg/storage/key_codec.h"
#include "kg/base/model.h"
#include "kg/storage/record_codec.h"
#include "kg/storage/store.h"

namespace kg {

namespace {

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

uint64_t EntryHash(const Triple& t) {
  uint64_t h = Mix(t.s.value);
  h = Mix(h ^ t.p.value);
  h = Mix(h ^ t.o.value);
  h = Mix(h ^ t.fact.value);
  return Mix(h ^ t.flags);
}

uint64_t TripleHash(TermId s, TermId p, TermId o) { return Mix(Mix(Mix(s.value) ^ p.value) ^ o.value); }

class Checker {
 public:
  Checker(const ReadView& view, IntegrityReport* report) : view_(view), r_(*report) {}

  Status Run() {
    KG_RETURN_IF_ERROR(ScanTerms());
    KG_RETURN_IF_ERROR(ScanNames());
    KG_RETURN_IF_ERROR(ScanIndexes());
    KG_RETURN_IF_ERROR(ScanFacts());
    KG_RETURN_IF_ERROR(ScanDocuments());
    KG_RETURN_IF_ERROR(CheckCounters());
    return Status::OK();
  }

 private:
  void Problem(const std::string& what) {
    ++r_.problem_count;
    if (r_.problems.size() < IntegrityReport::kMaxProblems) r_.problems.push_back(what);
  }

  static std::string Id(uint64_t v) { return std::to_string(v); }

  TermKind KindOf(TermId id) const {
    return id.value < kinds_.size() ? TermKind(kinds_[id.value]) : TermKind(0);
  }
  bool Exists(TermId id) const { return KindOf(id) != TermKind(0); }

  Status ScanTerms() {
    return view_.ForEach(Cf::kTerms, "", [&](std::string_view k, std::string_view v) {
      if (k.size() < kIdSize) {
        Problem("terms: a key shorter than an id");
        return true;
      }
      uint64_t id = GetBigEndian64(k.data());
      if (k.size() == kIdSize) {
        Term t;
        if (!DecodeTerm(v, &t)) {
          Problem("term " + Id(id) + ": record does not decode");
          return true;
        }
        if (id >= kinds_.size()) kinds_.resize(std::max<size_t>(id + 1, kinds_.size() * 2), 0);
        kinds_[id] = static_cast<uint8_t>(t.kind);
        ++r_.terms;
        switch (t.kind) {
          case TermKind::kEntity:
          case TermKind::kBlank: ++entities_; break;
          case TermKind::kRelation: ++relations_; relation_names_[id] = t.name; break;
          case TermKind::kLiteral: ++literals_; break;
        }
        return true;
      }
      char tag = k[kIdSize];
      if (tag == 0x01) {
        Alias a;
        if (!DecodeAlias(v, &a)) Problem("term " + Id(id) + ": an alias does not decode");
        alias_owners_.insert(id);
        ++aliases_;
      } else if (tag == 0x02) {
        term_doc_refs_.emplace(id, std::string(k.substr(kIdSize + 1)));
      } else {
        Problem("terms: unknown key kind under term " + Id(id));
      }
      return true;
    });
  }

  Status ScanNames() {
    Status s = view_.ForEach(Cf::kNames, "", [&](std::string_view k, std::string_view v) {
      ++r_.names;
      if (k.empty()) return true;
      TermId target;
      if (k[0] == 'n') {
        if (k.size() < 1 + 1 + kIdSize) {
          Problem("names: a name key without its term id");
          return true;
        }
        target = TermId(GetBigEndian64(k.data() + k.size() - kIdSize));
      } else if (v.size() == kIdSize) {
        target = TermId(GetBigEndian64(v.data()));
      } else {
        Problem("names: an entry whose value is not a term id");
        return true;
      }
      if (!Exists(target)) {
        Problem("names: '" + std::string(k.substr(1, 40)) + "' points to missing term " + Id(target.value));
      }
      return true;
    });
    for (uint64_t id : alias_owners_) {
      if (!Exists(TermId(id))) Problem("aliases of a missing term " + Id(id));
    }
    return s;
  }

  Status ScanIndexes() {
    struct Sum {
      uint64_t hash = 0;
      int64_t count = 0;
    } sums[3];
    for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kPos, IndexOrder::kOsp}) {
      Sum& sum = sums[static_cast<int>(order)];
      Cf cf = order == IndexOrder::kSpo ? Cf::kSpo : order == IndexOrder::kPos ? Cf::kPos : Cf::kOsp;
      KG_RETURN_IF_ERROR(view_.ForEach(cf, "", [&](std::string_view k, std::string_view v) {
        if (k.size() != kTripleKeySize || v.size() != 1) {
          Problem(std::string(CfName(cf)) + ": an entry of the wrong size");
          return true;
        }
        Triple t = DecodeTripleKey(order, k);
        t.flags = static_cast<uint8_t>(v[0]);
        sum.hash += EntryHash(t);
        ++sum.count;
        if (order != IndexOrder::kSpo) return true;
        ++r_.triples;
        if (!Exists(t.s) || !Exists(t.p) || !Exists(t.o)) {
          Problem("triple " + Id(t.s.value) + " " + Id(t.p.value) + " " + Id(t.o.value) +
                  " names a missing term");
        } else if (KindOf(t.p) != TermKind::kRelation) {
          Problem("triple " + Id(t.s.value) + " " + Id(t.p.value) + " " + Id(t.o.value) +
                  ": its relation is not a relation term");
        }
        if (t.flags & kFlagHasRecord) indexed_facts_[t.fact.value] = TripleHash(t.s, t.p, t.o);
        // Entries of one triple are adjacent in spo order (the fact id comes last).
        bool same = have_last_ && last_.s == t.s && last_.p == t.p && last_.o == t.o;
        if (!same) last_counted_ = false;
        if (!t.negated() && !last_counted_) {
          ++positive_[t.p.value];
          last_counted_ = true;
        }
        last_ = t;
        have_last_ = true;
        return true;
      }));
    }
    for (int i = 1; i < 3; ++i) {
      if (sums[i].count != sums[0].count || sums[i].hash != sums[0].hash) {
        Problem(std::string(i == 1 ? "pos" : "osp") + " does not mirror spo (" +
                std::to_string(sums[i].count) + " entries against " + std::to_string(sums[0].count) +
                "): an index entry is missing its twin or is an orphan");
      }
    }
    return Status::OK();
  }

  Status ScanFacts() {
    uint64_t last_record = 0;  // a fact's record sorts just before its evidence keys
    KG_RETURN_IF_ERROR(view_.ForEach(Cf::kFacts, "", [&](std::string_view k, std::string_view v) {
      if (k.size() > kIdSize) {
        FactId of;
        Evidence e;
        if (!DecodeEvidence(k, v, &of, &e)) {
          Problem("fact " + Id(GetBigEndian64(k.data())) + ": evidence key does not decode");
        } else if (of.value != last_record) {
          Problem("evidence of fact " + Id(of.value) + " has no fact record");
        } else if (!e.doc.empty()) {
          cited_.emplace(e.doc, of.value);
        }
        return true;
      }
      ++r_.facts;
      uint64_t id = k.size() == kIdSize ? GetBigEndian64(k.data()) : 0;
      last_record = id;
      Fact f;
      if (!DecodeFact(v, &f)) {
        Problem("fact " + Id(id) + ": record does not decode");
        return true;
      }
      auto it = indexed_facts_.find(id);
      if (it == indexed_facts_.end()) {
        Problem("fact " + Id(id) + " has no index entry");
      } else if (it->second != TripleHash(f.subject, f.relation, f.object)) {
        Problem("fact " + Id(id) + ": record and index entry disagree on the triple");
      }
      seen_facts_.insert(id);
      for (const auto& [name, term] : f.qualifiers) {
        if (!Exists(term)) Problem("fact " + Id(id) + ": qualifier '" + name + "' names a missing term");
      }
      return true;
    }));
    for (const auto& [id, hash] : indexed_facts_) {
      if (!seen_facts_.count(id)) Problem("index entry of fact " + Id(id) + " has no fact record");
    }
    return Status::OK();
  }

  Status ScanDocuments() {
    std::map<std::string, Document> docs;
    std::map<std::string, int64_t> sentence_counts;
    KG_RETURN_IF_ERROR(view_.ForEach(Cf::kDocs, "", [&](std::string_view k, std::string_view v) {
      if (k.empty()) return true;
      if (k[0] == 'd') {
        Document d;
        if (!DecodeDocument(v, &d)) {
          Problem("document '" + std::string(k.substr(1)) + "': record does not decode");
          return true;
        }
        docs[std::string(k.substr(1))] = d;
        ++r_.documents;
      } else if (k[0] == 's') {
        size_t nul = k.find('\0', 1);
        if (nul == std::string_view::npos) {
          Problem("docs: a sentence key without its document");
          return true;
        }
        ++sentence_counts[std::string(k.substr(1, nul - 1))];
        ++r_.sentences;
      }
      return true;
    }));
    std::set<std::pair<std::string, uint64_t>> listed;
    std::set<std::string> docs_with_refs;
    KG_RETURN_IF_ERROR(view_.ForEach(Cf::kDocFacts, "", [&](std::string_view k, std::string_view) {
      size_t nul = k.find('\0');
      if (nul == std::string_view::npos || k.size() != nul + 2 + kIdSize) {
        Problem("doc_facts: a malformed key");
        return true;
      }
      std::string doc(k.substr(0, nul));
      docs_with_refs.insert(doc);
      uint64_t id = GetBigEndian64(k.data() + nul + 2);
      if (k[nul + 1] == 'f') {
        listed.emplace(doc, id);
      } else if (k[nul + 1] == 't' && !Exists(TermId(id))) {
        Problem("document '" + doc + "' lists a missing term " + Id(id));
      }
      return true;
    }));
    for (const auto& [doc, d] : docs) {
      if (sentence_counts[doc] != d.sentences) {
        Problem("document '" + doc + "' has " + std::to_string(sentence_counts[doc]) +
                " sentences stored of " + std::to_string(d.sentences));
      }
    }
    for (const auto& [doc, n] : sentence_counts) {
      if (!docs.count(doc)) Problem("sentences of a missing document '" + doc + "'");
    }
    for (const std::string& doc : docs_with_refs) {
      if (!docs.count(doc)) Problem("fact list of a missing document '" + doc + "'");
    }
    for (const auto& [id, doc] : term_doc_refs_) {
      if (!docs.count(doc)) Problem("term " + Id(id) + " refers to a missing document '" + doc + "'");
    }
    for (const auto& [doc, id] : cited_) {
      if (!docs.count(doc)) {
        Problem("fact " + Id(id) + " cites a missing document '" + doc + "'");
      } else if (!listed.count({doc, id})) {
        Problem("document '" + doc + "' does not list fact " + Id(id) + " that cites it");
      }
    }
    for (const auto& [doc, id] : listed) {
      if (!cited_.count({doc, id})) Problem("document '" + doc + "' lists fact " + Id(id) + " that does not cite it");
    }
    documents_ = static_cast<int64_t>(docs.size());
    return Status::OK();
  }

  Status CheckCounters() {
    GraphStats stats;
    KG_RETURN_IF_ERROR(view_.GetStats(&stats));
    auto expect = [&](const char* what, int64_t stored, int64_t counted) {
      if (stored != counted) {
        Problem(std::string("count of ") + what + " is " + std::to_string(stored) + " but the scan found " +
                std::to_string(counted));
      }
    };
    expect("entities", stats.entities, entities_);
    expect("relations", stats.relations, relations_);
    expect("literals", stats.literals, literals_);
    expect("triples", stats.triples, r_.triples);
    expect("facts", stats.facts, r_.facts);
    expect("documents", stats.documents, documents_);
    // Older databases keep no label counter; CountAliases then counts, which always agrees.
    Result<uint64_t> labels = view_.CountAliases();
    if (!labels.ok()) return labels.status();
    expect("labels", static_cast<int64_t>(*labels), aliases_);
    for (const auto& [id, name] : relation_names_) {
      Result<uint64_t> stored = view_.GetRelationCount(TermId(id));
      if (!stored.ok()) return stored.status();
      auto it = positive_.find(id);
      int64_t counted = it == positive_.end() ? 0 : it->second;
      if (static_cast<int64_t>(*stored) != counted) {
        Problem("count of '" + name + "' triples is " + std::to_string(*stored) + " but the scan found " +
                std::to_string(counted));
      }
    }
    return Status::OK();
  }

  const ReadView& view_;
  IntegrityReport& r_;
  std::vector<uint8_t> kinds_;  // TermKind by term id (ids are dense); 0 = no such term
  std::map<uint64_t, std::string> relation_names_;
  std::set<uint64_t> alias_owners_;
  std::multimap<uint64_t, std::string> term_doc_refs_;
  std::unordered_map<uint64_t, uint64_t> indexed_facts_;  // fact id -> triple hash
  std::set<uint64_t> seen_facts_;
  std::unordered_map<uint64_t, int64_t> positive_;  // relation -> distinct positive triples
  Triple last_;
  bool have_last_ = false, last_counted_ = false;
  std::set<std::pair<std::string, uint64_t>> cited_;
  int64_t entities_ = 0, relations_ = 0, literals_ = 0, documents_ = 0, aliases_ = 0;
};

}  // namespace

Status CheckIntegrity(const ReadView& view, IntegrityReport* report) {
  *report = IntegrityReport{};
  Checker checker(view, report);
  return checker.Run();
}

}  // namespace kg
