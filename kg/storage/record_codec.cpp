// Implements the record grammar of record_codec.h. Decoders never trust their input: a
// truncated or foreign value makes them return false, never read past the end.
#include "kg/storage/record_codec.h"

#include <nlohmann/json.hpp>

#include "kg/storage/key_codec.h"

namespace kg {

namespace {
constexpr uint8_t kTermFlagLexicon = 0x01;

bool GetString(const char** p, const char* limit, std::string* out) {
  std::string_view sv;
  if (!GetLengthPrefixed(p, limit, &sv)) return false;
  out->assign(sv.data(), sv.size());
  return true;
}
}  // namespace

std::string EncodeTerm(const Term& term) {
  std::string out;
  out.push_back(static_cast<char>(term.kind));
  out.push_back(static_cast<char>(term.from_lexicon ? kTermFlagLexicon : 0));
  PutLengthPrefixed(&out, term.name);
  PutLengthPrefixed(&out, term.type);
  PutLengthPrefixed(&out, term.iri);
  PutLengthPrefixed(&out, term.literal.lexical);
  PutLengthPrefixed(&out, term.literal.datatype);
  PutLengthPrefixed(&out, term.literal.lang);
  return out;
}

bool DecodeTerm(std::string_view bytes, Term* term) {
  if (bytes.size() < 2) return false;
  uint8_t kind = static_cast<uint8_t>(bytes[0]);
  if (kind < 1 || kind > 4) return false;
  term->kind = static_cast<TermKind>(kind);
  term->from_lexicon = (static_cast<uint8_t>(bytes[1]) & kTermFlagLexicon) != 0;
  const char* p = bytes.data() + 2;
  const char* limit = bytes.data() + bytes.size();
  return GetString(&p, limit, &term->name) && GetString(&p, limit, &term->type) &&
         GetString(&p, limit, &term->iri) && GetString(&p, limit, &term->literal.lexical) &&
         GetString(&p, limit, &term->literal.datatype) &&
         GetString(&p, limit, &term->literal.lang) && p == limit;
}

std::string EncodeAlias(const Alias& alias) {
  std::string out;
  PutLengthPrefixed(&out, alias.lang);
  PutLengthPrefixed(&out, alias.text);
  return out;
}

bool DecodeAlias(std::string_view bytes, Alias* alias) {
  const char* p = bytes.data();
  const char* limit = p + bytes.size();
  return GetString(&p, limit, &alias->lang) && GetString(&p, limit, &alias->text) && p == limit;
}

std::string EncodeFact(const Fact& fact) {
  std::string out;
  PutVarint64(&out, fact.subject.value);
  PutVarint64(&out, fact.relation.value);
  PutVarint64(&out, fact.object.value);
  out.push_back(fact.negated ? 1 : 0);
  PutVarint64(&out, fact.qualifiers.size());
  for (const auto& [key, term] : fact.qualifiers) {
    PutLengthPrefixed(&out, key);
    PutVarint64(&out, term.value);
  }
  PutVarint64(&out, fact.notes.size());
  for (const auto& [key, text] : fact.notes) {
    PutLengthPrefixed(&out, key);
    PutLengthPrefixed(&out, text);
  }
  return out;
}

bool DecodeFact(std::string_view bytes, Fact* fact) {
  const char* p = bytes.data();
  const char* limit = p + bytes.size();
  uint64_t s = 0, r = 0, o = 0, n = 0;
  if (!GetVarint64(&p, limit, &s) || !GetVarint64(&p, limit, &r) ||
      !GetVarint64(&p, limit, &o) || p >= limit) {
    return false;
  }
  fact->subject = TermId(s);
  fact->relation = TermId(r);
  fact->object = TermId(o);
  fact->negated = *p++ != 0;
  fact->qualifiers.clear();
  fact->notes.clear();
  if (!GetVarint64(&p, limit, &n) || n > bytes.size()) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string key;
    uint64_t term = 0;
    if (!GetString(&p, limit, &key) || !GetVarint64(&p, limit, &term)) return false;
    fact->qualifiers[key] = TermId(term);
  }
  if (!GetVarint64(&p, limit, &n) || n > bytes.size()) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string key, text;
    if (!GetString(&p, limit, &key) || !GetString(&p, limit, &text)) return false;
    fact->notes[key] = text;
  }
  return p == limit;
}

std::string EncodeDocument(const Document& doc) {
  nlohmann::json j = {{"id", doc.id},
                      {"path", doc.path},
                      {"hash", doc.hash},
                      {"ingested_at", doc.ingested_at},
                      {"language", doc.language},
                      {"sentences", doc.sentences},
                      {"entities", doc.entities},
                      {"facts", doc.facts}};
  return j.dump();
}

bool DecodeDocument(std::string_view bytes, Document* doc) {
  nlohmann::json j = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return false;
  try {
    doc->id = j.at("id").get<std::string>();
    doc->path = j.at("path").get<std::string>();
    doc->hash = j.at("hash").get<std::string>();
    doc->ingested_at = j.at("ingested_at").get<std::string>();
    doc->language = j.value("language", "");
    doc->sentences = j.value("sentences", int64_t{0});
    doc->entities = j.value("entities", int64_t{0});
    doc->facts = j.value("facts", int64_t{0});
  } catch (const nlohmann::json::exception&) {
    return false;
  }
  return true;
}

}  // namespace kg
