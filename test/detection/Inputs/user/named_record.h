// No include guard on purpose: each inclusion declares the record RECORD_NAME names.
struct RECORD_NAME {
  int value;
};
