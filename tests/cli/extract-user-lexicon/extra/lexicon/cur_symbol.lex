# user currency: the fictional zorkmid
ZMD|Zm
