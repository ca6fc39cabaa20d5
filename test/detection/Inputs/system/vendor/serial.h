// A third-party header found through -isystem: whatever it declares is library code.
#pragma once
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/export.hpp>

namespace vendor {
struct Base {
  virtual ~Base() = default;
  template <class Archive> void serialize(Archive &, const unsigned int) {}
};
namespace {
struct Internal : Base {
  int v = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & v; }
};
} // namespace

inline void writeHeader(boost::archive::text_oarchive &ar) {
  struct Header {
    int magic = 42;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & magic; }
  };
  ar << Header{};
}

// Instantiated from user code with user types: the local class is still the library's.
template <class T> void writeEnvelope(boost::archive::text_oarchive &ar, const T &payload) {
  struct Envelope {
    T payload;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & payload; }
  };
  ar << Envelope{payload};
}
} // namespace vendor

BOOST_CLASS_EXPORT(vendor::Internal)
