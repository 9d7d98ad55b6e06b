// Value encodings of the records kg stores (terms, aliases, facts, documents).
//
// term record   := kind(1) | flags(1) | lp(name) | lp(type) | lp(iri)
//                  | lp(lexical) | lp(datatype) | lp(lang)        lp = varint length + bytes
// alias record  := lp(lang) | lp(text)
// fact record   := varint(s) varint(p) varint(o) | negated(1)
//                  | varint(nq) { lp(key) varint(term) }           qualifiers
//                  | varint(nn) { lp(key) lp(text) }               notes
// evidence value  := the rule that fired (the rest of the evidence is its key, key_codec.h)
// document record := JSON object (id, path, hash, ingested_at, language, counts)
#pragma once

#include <string>
#include <string_view>

#include "kg/base/model.h"

namespace kg {

std::string EncodeTerm(const Term& term);
// False when `bytes` is not a well-formed term record. Sets every field but term->id.
bool DecodeTerm(std::string_view bytes, Term* term);

std::string EncodeAlias(const Alias& alias);
bool DecodeAlias(std::string_view bytes, Alias* alias);

// The fact's evidence is not part of its record: each piece has its own key, so a document
// restating a known fact adds one small entry instead of rewriting a record that grows.
std::string EncodeFact(const Fact& fact);
// Sets every field but fact->id.
bool DecodeFact(std::string_view bytes, Fact* fact);

std::string EncodeDocument(const Document& doc);
bool DecodeDocument(std::string_view bytes, Document* doc);

}  // namespace kg
