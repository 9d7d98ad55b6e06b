// Who the goods a clause's subject takes in or buys come from (en_sourced_goods.h).
#include "ingest/en/en_sourced_goods.h"

#include <algorithm>

#include "ingest/en/wordnet.h"

namespace kg::ingest {
namespace {

void AddNames(const LinkageReader& reader, const std::vector<int>& heads,
              const std::map<std::string, int>& names, std::vector<int>* out) {
  for (int h : heads) {
    if (names.count(reader.word(h).text) && std::find(out->begin(), out->end(), h) == out->end()) {
      out->push_back(h);
    }
  }
}

// A common noun of goods: no name, and no share, unit, site or company ("bought a stake from
// X", "bought the plant from X" are no supply).
bool GoodsNoun(const LinkageReader& reader, int w, const EnglishWords& words,
               const std::map<std::string, int>& names) {
  if (names.count(reader.word(w).text) || !reader.IsNoun(w)) return false;
  std::string lemma = WordNet::Shared().Lemma(reader.Lower(w), WordClass::kNoun);
  return !words.IsHoldingNoun(lemma) && !words.IsUnitNoun(lemma) &&
         !words.IsUndertakingHead(lemma) && !words.IsOrganisationNoun(lemma);
}

}  // namespace

std::vector<SourcedGoods> FindSourcedGoods(const LinkageReader& reader,
                                           const std::vector<Clause>& clauses,
                                           const EnglishWords& words,
                                           const RelationVocabulary& relations,
                                           const std::map<std::string, int>& names) {
  std::vector<SourcedGoods> out;
  const RelationDef* supplies = relations.Find("supplies");
  if (!supplies) return out;
  for (const Clause& c : clauses) {
    bool intake = words.IsIntakeVerb(c.lemma);
    if (!intake && !words.IsPurchaseVerb(c.lemma)) continue;
    SourcedGoods g;
    g.intake = &c;
    g.sense.relation = supplies;
    // "bought the chip business from Y" reads two objects, one of them a company.
    const std::vector<int>& goods = c.passive ? c.subjects : c.objects;
    if (!std::all_of(goods.begin(), goods.end(),
                     [&](int o) { return GoodsNoun(reader, o, words, names); })) {
      continue;
    }
    for (int o : goods) {
      AddNames(reader, reader.PrepObjects(o, "from"), names, &g.suppliers);
      if (auto it = c.preps.find("from"); it != c.preps.end()) {
        AddNames(reader, it->second, names, &g.suppliers);
      }
      if (!intake) continue;  // "bought X's stores": a buyer of goods may buy the maker's assets
      // "will use Y's software", "Y's chips have been ordered by X": the goods and their maker.
      if (int owner = reader.Possessor(o); owner >= 0) {
        AddNames(reader, {owner}, names, &g.suppliers);
      }
      // "GPUs bought from X", "links made by X": the participle's clause has the goods for subject.
      for (const Clause& p : clauses) {
        if (!p.passive || !words.IsSourcingVerb(p.lemma)) continue;
        if (std::find(p.subjects.begin(), p.subjects.end(), o) == p.subjects.end()) continue;
        if (auto it = p.preps.find("from"); it != p.preps.end()) {
          AddNames(reader, it->second, names, &g.suppliers);
        }
        AddNames(reader, p.agents, names, &g.suppliers);
        // The parse may hang the participle's "by" on the intake verb ("carry links made by X").
        if (auto it = c.preps.find("by"); it != c.preps.end()) {
          AddNames(reader, it->second, names, &g.suppliers);
        }
      }
    }
    if (!g.suppliers.empty()) out.push_back(std::move(g));
  }
  return out;
}

}  // namespace kg::ingest
