// Byte layout of every RocksDB key kg writes. Ids are fixed-width big-endian so that byte
// order is numeric order and every triple pattern with a bound prefix is one prefix scan.
//
// Key grammar, per column family (id = 8 bytes big-endian, | = concatenation):
//   meta:      ascii-name                          -> value (see store.cpp)
//              "rc/" | relation-id                 -> u64 triples with that relation
//   terms:     term-id                             -> term record (record_codec.h)
//              term-id | 0x01 | seq(8)             -> alias record (lang, text)
//              term-id | 0x02 | doc-id             -> ""   (documents that mention the term)
//   names:     'n' | folded-name | 0x00 | term-id  -> ""   (case-insensitive NFC names, aliases)
//              'i' | iri                           -> term-id (entities by IRI)
//              'p' | iri                           -> term-id (relations by predicate IRI)
//              'r' | relation-name                 -> term-id
//              'l' | literal-key                   -> term-id (literal-key: LiteralKey())
//   spo/pos/osp: a | b | c | fact-id (32 bytes)    -> flags(1)  (TripleKey orders a b c)
//   facts:     fact-id                             -> fact record
//              fact-id | doc-id | 0x00 | sentence(4) | start(4) | end(4)
//                                                  -> rule   (one piece of evidence)
//   docs:      'd' | doc-id                        -> document record
//              's' | doc-id | 0x00 | sentence(4)   -> sentence text
//   doc_facts: doc-id | 0x00 | 'f' | fact-id       -> ""   (facts that cite the document)
//              doc-id | 0x00 | 't' | term-id       -> ""   (terms the document introduced)
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "kg/base/model.h"

namespace kg {

// Order of the three ids in an index key. Stored in key layout: DO NOT CHANGE.
enum class IndexOrder : uint8_t { kSpo = 0, kPos = 1, kOsp = 2 };

// Flags stored as the value of an index entry.
inline constexpr uint8_t kFlagNegated = 0x01;
inline constexpr uint8_t kFlagHasRecord = 0x02;  // a facts record exists (qualifiers/evidence)

inline constexpr size_t kIdSize = 8;
inline constexpr size_t kTripleKeySize = 4 * kIdSize;

void PutBigEndian64(std::string* dst, uint64_t v);
uint64_t GetBigEndian64(const char* p);
void PutBigEndian32(std::string* dst, uint32_t v);
uint32_t GetBigEndian32(const char* p);

// Varint and length-prefixed strings for record values (not keys).
void PutVarint64(std::string* dst, uint64_t v);
// Reads a varint at *p (advancing it); false if it runs past `limit`.
bool GetVarint64(const char** p, const char* limit, uint64_t* v);
void PutLengthPrefixed(std::string* dst, std::string_view s);
bool GetLengthPrefixed(const char** p, const char* limit, std::string_view* s);

struct Triple {
  TermId s, p, o;
  FactId fact;
  uint8_t flags = 0;
  bool negated() const { return flags & kFlagNegated; }
};

// The 32-byte key of `t` in the index `order`.
std::array<char, kTripleKeySize> TripleKey(IndexOrder order, const Triple& t);
// Decodes a 32-byte index key of `order` (flags left 0). REQUIRES: key.size() == 32.
Triple DecodeTripleKey(IndexOrder order, std::string_view key);
// Key prefix for the first `n` ids (0..3) of the order.
std::string TriplePrefix(const TermId* ids, int n);

// The index that serves a scan with these positions of the triple bound: the one whose keys
// start with them, so the scan reads only matches. The planner names it; the solver scans it.
IndexOrder IndexForBound(bool s, bool p, bool o);
// The valid ids of (s, p, o) in `order`'s key order up to the first invalid one: the scan's
// prefix. Returns how many were written.
int BoundPrefix(IndexOrder order, TermId s, TermId p, TermId o, TermId prefix[3]);
// How `.explain` names the scan of IndexForBound: "spo(s,p)", "osp(o)", "spo(full scan)".
std::string DescribeScan(bool s, bool p, bool o);

std::string TermKey(TermId id);
std::string AliasKey(TermId id, uint64_t seq);
std::string NameKeyPrefix(std::string_view folded_name);  // 'n' | folded | 0x00
std::string NameKey(std::string_view folded_name, TermId id);
std::string IriKey(std::string_view iri);
std::string PredicateIriKey(std::string_view iri);
std::string RelationNameKey(std::string_view name);
std::string TermDocRefKey(TermId id, std::string_view doc_id);
std::string TermDocRefPrefix(TermId id);
std::string AliasPrefix(TermId id);
std::string LiteralKey(const Literal& lit);
std::string RelationCountKey(TermId relation);
std::string FactKey(FactId id);
// The key of one piece of evidence for fact `id` (its rule is the value).
std::string EvidenceKey(FactId id, const Evidence& e);
// Prefix of the evidence keys of fact `id` that cite `doc_id`.
std::string EvidenceDocPrefix(FactId id, std::string_view doc_id);
// Decodes an evidence key and its value; false when the key is not one.
bool DecodeEvidence(std::string_view key, std::string_view value, FactId* id, Evidence* e);
std::string DocKey(std::string_view doc_id);
std::string SentenceKey(std::string_view doc_id, uint32_t sentence);
std::string SentencePrefix(std::string_view doc_id);
std::string DocFactKey(std::string_view doc_id, FactId id);
std::string DocTermKey(std::string_view doc_id, TermId id);
std::string DocRefPrefix(std::string_view doc_id);

// The smallest string greater than every string starting with `prefix` (empty = no bound).
std::string PrefixSuccessor(std::string_view prefix);

}  // namespace kg
