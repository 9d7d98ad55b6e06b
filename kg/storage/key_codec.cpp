// Encoding and decoding of the key layout documented in key_codec.h.
#include "kg/storage/key_codec.h"

#include <cstring>

namespace kg {

void PutBigEndian64(std::string* dst, uint64_t v) {
  char buf[8];
  for (int i = 7; i >= 0; --i) {
    buf[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  dst->append(buf, 8);
}

uint64_t GetBigEndian64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return __builtin_bswap64(v);  // keys are big-endian; x86 and ARM Linux are little-endian
}

void PutBigEndian32(std::string* dst, uint32_t v) {
  char buf[4];
  for (int i = 3; i >= 0; --i) {
    buf[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  dst->append(buf, 4);
}

uint32_t GetBigEndian32(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(p[i]);
  return v;
}

void PutVarint64(std::string* dst, uint64_t v) {
  while (v >= 0x80) {
    dst->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  dst->push_back(static_cast<char>(v));
}

bool GetVarint64(const char** p, const char* limit, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && *p < limit; shift += 7) {
    uint8_t byte = static_cast<uint8_t>(**p);
    ++*p;
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

void PutLengthPrefixed(std::string* dst, std::string_view s) {
  PutVarint64(dst, s.size());
  dst->append(s.data(), s.size());
}

bool GetLengthPrefixed(const char** p, const char* limit, std::string_view* s) {
  uint64_t len = 0;
  if (!GetVarint64(p, limit, &len)) return false;
  if (static_cast<uint64_t>(limit - *p) < len) return false;
  *s = std::string_view(*p, len);
  *p += len;
  return true;
}

namespace {
void WriteId(char* dst, uint64_t v) {
  v = __builtin_bswap64(v);
  std::memcpy(dst, &v, 8);
}
}  // namespace

std::array<char, kTripleKeySize> TripleKey(IndexOrder order, const Triple& t) {
  uint64_t a = 0, b = 0, c = 0;
  switch (order) {
    case IndexOrder::kSpo: a = t.s.value, b = t.p.value, c = t.o.value; break;
    case IndexOrder::kPos: a = t.p.value, b = t.o.value, c = t.s.value; break;
    case IndexOrder::kOsp: a = t.o.value, b = t.s.value, c = t.p.value; break;
  }
  std::array<char, kTripleKeySize> key;
  WriteId(key.data(), a);
  WriteId(key.data() + 8, b);
  WriteId(key.data() + 16, c);
  WriteId(key.data() + 24, t.fact.value);
  return key;
}

Triple DecodeTripleKey(IndexOrder order, std::string_view key) {
  const char* p = key.data();
  TermId a(GetBigEndian64(p)), b(GetBigEndian64(p + 8)), c(GetBigEndian64(p + 16));
  Triple t;
  t.fact = FactId(GetBigEndian64(p + 24));
  switch (order) {
    case IndexOrder::kSpo: t.s = a, t.p = b, t.o = c; break;
    case IndexOrder::kPos: t.p = a, t.o = b, t.s = c; break;
    case IndexOrder::kOsp: t.o = a, t.s = b, t.p = c; break;
  }
  return t;
}

std::string TriplePrefix(const TermId* ids, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) PutBigEndian64(&out, ids[i].value);
  return out;
}

IndexOrder IndexForBound(bool s, bool p, bool o) {
  if (s && p) return IndexOrder::kSpo;
  if (s && o) return IndexOrder::kOsp;
  if (s) return IndexOrder::kSpo;
  if (p) return IndexOrder::kPos;
  if (o) return IndexOrder::kOsp;
  return IndexOrder::kSpo;
}

namespace {

// Positions (0 s, 1 p, 2 o) in the key order of each index.
constexpr int kKeyPositions[3][3] = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}};
constexpr char kPositionNames[] = "spo";
constexpr const char* kOrderNames[] = {"spo", "pos", "osp"};

}  // namespace

int BoundPrefix(IndexOrder order, TermId s, TermId p, TermId o, TermId prefix[3]) {
  const TermId spo[3] = {s, p, o};
  int n = 0;
  for (int position : kKeyPositions[static_cast<int>(order)]) {
    if (!spo[position].valid()) break;
    prefix[n++] = spo[position];
  }
  return n;
}

std::string DescribeScan(bool s, bool p, bool o) {
  IndexOrder order = IndexForBound(s, p, o);
  const bool bound[3] = {s, p, o};
  std::string names;
  for (int position : kKeyPositions[static_cast<int>(order)]) {
    if (!bound[position]) break;
    if (!names.empty()) names += ',';
    names += kPositionNames[position];
  }
  return std::string(kOrderNames[static_cast<int>(order)]) + "(" + (names.empty() ? "full scan" : names) + ")";
}

std::string TermKey(TermId id) {
  std::string k;
  PutBigEndian64(&k, id.value);
  return k;
}

std::string AliasKey(TermId id, uint64_t seq) {
  std::string k = TermKey(id);
  k.push_back('\x01');
  PutBigEndian64(&k, seq);
  return k;
}

std::string NameKeyPrefix(std::string_view folded_name) {
  std::string k = "n";
  k.append(folded_name);
  k.push_back('\0');
  return k;
}

std::string NameKey(std::string_view folded_name, TermId id) {
  std::string k = NameKeyPrefix(folded_name);
  PutBigEndian64(&k, id.value);
  return k;
}

namespace {
// tag | text. (Built by append: GCC 12 warns falsely on "x" + std::string at -O2.)
std::string Tagged(char tag, std::string_view text) {
  std::string k;
  k.reserve(1 + text.size());
  k.push_back(tag);
  k.append(text);
  return k;
}
}  // namespace

std::string IriKey(std::string_view iri) { return Tagged('i', iri); }

std::string PredicateIriKey(std::string_view iri) { return Tagged('p', iri); }

std::string AliasPrefix(TermId id) {
  std::string k = TermKey(id);
  k.push_back('\x01');
  return k;
}

std::string TermDocRefPrefix(TermId id) {
  std::string k = TermKey(id);
  k.push_back('\x02');
  return k;
}

std::string TermDocRefKey(TermId id, std::string_view doc_id) {
  std::string k = TermDocRefPrefix(id);
  k.append(doc_id);
  return k;
}

std::string RelationNameKey(std::string_view name) { return Tagged('r', name); }

std::string LiteralKey(const Literal& lit) {
  std::string k = "l";
  PutLengthPrefixed(&k, lit.datatype);
  PutLengthPrefixed(&k, lit.lang);
  k.append(lit.lexical);
  return k;
}

std::string RelationCountKey(TermId relation) {
  std::string k = "rc/";
  PutBigEndian64(&k, relation.value);
  return k;
}

std::string FactKey(FactId id) {
  std::string k;
  PutBigEndian64(&k, id.value);
  return k;
}

std::string EvidenceDocPrefix(FactId id, std::string_view doc_id) {
  std::string k = FactKey(id);
  k.append(doc_id);
  k.push_back('\0');
  return k;
}

std::string EvidenceKey(FactId id, const Evidence& e) {
  std::string k = EvidenceDocPrefix(id, e.doc);
  PutBigEndian32(&k, static_cast<uint32_t>(e.sentence));
  PutBigEndian32(&k, static_cast<uint32_t>(e.start));
  PutBigEndian32(&k, static_cast<uint32_t>(e.end));
  return k;
}

bool DecodeEvidence(std::string_view key, std::string_view value, FactId* id, Evidence* e) {
  constexpr size_t kTail = 1 + 3 * 4;  // 0x00 | sentence | start | end
  if (key.size() < kIdSize + kTail) return false;
  const char* tail = key.data() + key.size() - kTail;
  if (*tail != '\0') return false;
  *id = FactId(GetBigEndian64(key.data()));
  e->doc.assign(key.data() + kIdSize, tail);
  if (e->doc.find('\0') != std::string::npos) return false;
  e->sentence = static_cast<int>(GetBigEndian32(tail + 1));
  e->start = static_cast<int>(GetBigEndian32(tail + 5));
  e->end = static_cast<int>(GetBigEndian32(tail + 9));
  e->rule.assign(value);
  return e->sentence >= 0 && e->start >= 0 && e->end >= 0;
}

std::string DocKey(std::string_view doc_id) { return Tagged('d', doc_id); }

std::string SentencePrefix(std::string_view doc_id) {
  std::string k = Tagged('s', doc_id);
  k.push_back('\0');
  return k;
}

std::string SentenceKey(std::string_view doc_id, uint32_t sentence) {
  std::string k = SentencePrefix(doc_id);
  PutBigEndian32(&k, sentence);
  return k;
}

std::string DocRefPrefix(std::string_view doc_id) {
  std::string k(doc_id);
  k.push_back('\0');
  return k;
}

std::string DocFactKey(std::string_view doc_id, FactId id) {
  std::string k = DocRefPrefix(doc_id);
  k.push_back('f');
  PutBigEndian64(&k, id.value);
  return k;
}

std::string DocTermKey(std::string_view doc_id, TermId id) {
  std::string k = DocRefPrefix(doc_id);
  k.push_back('t');
  PutBigEndian64(&k, id.value);
  return k;
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string s(prefix);
  while (!s.empty()) {
    if (static_cast<uint8_t>(s.back()) != 0xff) {
      s.back() = static_cast<char>(static_cast<uint8_t>(s.back()) + 1);
      return s;
    }
    s.pop_back();
  }
  return s;
}

}  // namespace kg
