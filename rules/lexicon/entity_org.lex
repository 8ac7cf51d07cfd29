# Companies and organisations.  canonical|alias|alias...
Nvidia|Nvidia|NVIDIA|Nvidia Corp|Nvidia Corporation
AMD|AMD|Advanced Micro Devices
Intel
TSMC|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing
SMIC
Huawei|Huawei|Huawei Technologies
ByteDance|ByteDance|TikTok owner
Alibaba|Alibaba|Alibaba Group
Tencent
Baidu
Apple
Microsoft
Google|Google|Alphabet
Amazon|Amazon|AWS
Meta|Meta|Facebook
OpenAI
Samsung|Samsung|Samsung Electronics
IDC
Gartner
US Commerce Department|US Commerce Department|Commerce Department|Department of Commerce
US government|US government|Washington|U.S. government
