// Names that modify a product noun, read as the clause's object (see en_product_heads.h).
#include "ingest/en/en_product_heads.h"

#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

int NamedProductHead(const LinkageReader& reader, int head, const PreparedText& prepared,
                     const std::vector<Mention>& mentions, const DocEntities& ents,
                     const EnglishWords& words) {
  if (!reader.IsNoun(head)) return -1;
  std::string w = reader.Lower(head);
  bool product =
      words.IsProductNoun(Lemma(w, false)) ||
      (w.size() > 2 && w.back() == 's' && words.IsProductNoun(w.substr(0, w.size() - 1)));
  if (!product) return -1;
  for (int m : reader.Modifiers(head)) {
    int n = prepared.MentionIndex(reader.word(m).text);
    if (n < 0 || m == 0) continue;
    int e = mentions[static_cast<size_t>(n)].entity;
    // "its KO-1 satellite", "Fjordline's Tidewise software": the owner's product; "the KO-1
    // satellite" only for a name already known as a product ("the Samsung chips" is a maker).
    std::string before = reader.Lower(m - 1);
    bool owned =
        before == "its" || before == "their" || before == "our" || before == "'s" || before == "'";
    if (owned || (before == "the" && ents.at(e).type == "Product")) return e;
  }
  return -1;
}

}  // namespace kg::ingest
