<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="bn_BD">
<context>
    <name>AdviserHomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="210" />
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="242" />
        <source>Adviser and IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="236" />
        <source>Backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="244" />
        <source>Hub: %1 · Kiosk version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="248" />
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="249" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="250" />
        <source>Leave adviser mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="254" />
        <source>Reading the local store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="256" />
        <source>%1 records wait to be sent to the central server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="260" />
        <source>The oldest has waited %1 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="264" />
        <source>%1 records were set aside for IT (see the log).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="270" />
        <source>%1 backups kept; the newest is from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="275" />
        <source>No backup yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdviserPinScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="76" />
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="79" />
        <source>Adviser sign-in</source>
        <translation>উপদেষ্টা সাইন-ইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="81" />
        <source>This is for hub staff. Residents: touch Start again to go back.</source>
        <translation>এটি হাবের কর্মীদের জন্য। বাসিন্দারা: ফিরে যেতে 'আবার শুরু করুন' স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="83" />
        <source>Adviser PIN</source>
        <translation>উপদেষ্টার পিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="84" />
        <source>PIN</source>
        <translation>পিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="85" />
        <source>Clear</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="86" />
        <source>Sign in</source>
        <translation>সাইন ইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="97" />
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="124" />
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>অনেকবার ভুল পিন। %1 সেকেন্ড পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="103" />
        <source>Type your PIN, then touch Sign in.</source>
        <translation>আপনার পিন লিখুন, তারপর সাইন ইন স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="129" />
        <source>That PIN is not right. Try again.</source>
        <translation>পিনটি সঠিক নয়। আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="64" />
        <source>Home</source>
        <translation>শুরুর পাতা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="68" />
        <source>Welcome to %1</source>
        <translation>%1-এ স্বাগতম</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="69" />
        <source>What would you like to do today? Touch a picture to start.</source>
        <translation>আজ আপনি কী করতে চান? শুরু করতে একটি ছবিতে স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="70" />
        <source>Get a ticket or check in</source>
        <translation>টিকিট নিন বা চেক ইন করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="72" />
        <source>See an adviser, or tell us you have arrived for your appointment</source>
        <translation>একজন উপদেষ্টার সাথে দেখা করুন, বা জানান যে আপনি অ্যাপয়েন্টমেন্টের জন্য এসেছেন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="74" />
        <source>Find a service or do it now</source>
        <translation>সেবা খুঁজুন বা এখনই করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="76" />
        <source>Find help, fill in a simple form, or learn how to do it online</source>
        <translation>সাহায্য খুঁজুন, একটি সহজ ফর্ম পূরণ করুন, বা অনলাইনে কীভাবে করবেন তা জানুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="78" />
        <source>Tell us what you think</source>
        <translation>আপনার মতামত জানান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="79" />
        <source>Answer a few questions about our service</source>
        <translation>আমাদের সেবা নিয়ে কয়েকটি প্রশ্নের উত্তর দিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="80" />
        <source>Most people come to see us about:</source>
        <translation>বেশিরভাগ মানুষ যে বিষয়ে আসেন:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="85" />
        <source>Get a ticket</source>
        <translation>টিকিট নিন</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="96" />
        <source>Are you still there?</source>
        <translation>আপনি কি এখনও আছেন?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="99" />
        <source>To keep your details private, the screen will start again when the time runs out.</source>
        <translation>আপনার তথ্য গোপন রাখতে, সময় শেষ হলে স্ক্রিনটি আবার শুরু হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="102" />
        <source>I need more time</source>
        <translation>আমার আরও সময় দরকার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="103" />
        <source>%1 seconds</source>
        <translation>%1 সেকেন্ড</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="232" />
        <location filename="../../hubkiosk/ui/main_window.py" line="322" />
        <source>Hub Kiosk</source>
        <translation>হাব কিয়স্ক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="305" />
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="306" />
        <source>Start again</source>
        <translation>আবার শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="308" />
        <source>Larger text</source>
        <translation>বড় লেখা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="310" />
        <source>Smaller text</source>
        <translation>ছোট লেখা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="312" />
        <source>High contrast</source>
        <translation>উচ্চ কনট্রাস্ট</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(optional)</source>
        <translation>(ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>দিন</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>মাস</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>বছর</translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message>
        <source>Type a word, for example: bin, council tax, parking.</source>
        <translation>একটি শব্দ লিখুন, যেমন: bin, council tax, parking।</translation>
    </message>
    <message>
        <source>We could not find that. Try another word, look at all topics, or ask an adviser.</source>
        <translation>আমরা এটি খুঁজে পাইনি। অন্য শব্দ দিয়ে চেষ্টা করুন, সব বিষয় দেখুন, বা একজন উপদেষ্টাকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>Touch the one you need.</source>
        <translation>আপনার যেটি দরকার সেটি স্পর্শ করুন।</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>সেবা খুঁজুন</translation>
    </message>
    <message>
        <source>Find a service or do it now</source>
        <translation>সেবা খুঁজুন বা এখনই করুন</translation>
    </message>
    <message>
        <source>Touch a picture, or search by typing a word.</source>
        <translation>একটি ছবি স্পর্শ করুন, বা একটি শব্দ লিখে খুঁজুন।</translation>
    </message>
    <message>
        <source>For example: bin, pot hole, council tax</source>
        <translation>যেমন: bin, pot hole, council tax</translation>
    </message>
    <message>
        <source>Search for a service</source>
        <translation>সেবা খুঁজুন</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>খুঁজুন</translation>
    </message>
    <message>
        <source>See all topics</source>
        <translation>সব বিষয় দেখুন</translation>
    </message>
    <message>
        <source>Ask an adviser instead</source>
        <translation>বরং একজন উপদেষ্টাকে জিজ্ঞেস করুন</translation>
    </message>
    <message>
        <source>Which of these do you need?</source>
        <translation>এগুলোর মধ্যে কোনটি আপনার দরকার?</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Your reference number</source>
        <translation>আপনার রেফারেন্স নম্বর</translation>
    </message>
    <message>
        <source>Thank you. We have your request.</source>
        <translation>ধন্যবাদ। আমরা আপনার অনুরোধ পেয়েছি।</translation>
    </message>
    <message>
        <source>Your reference number is:</source>
        <translation>আপনার রেফারেন্স নম্বর:</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation>আপনার রেফারেন্স নম্বর %1</translation>
    </message>
    <message>
        <source>Scan with your phone to keep the reference number.</source>
        <translation>রেফারেন্স নম্বরটি রাখতে আপনার ফোন দিয়ে স্ক্যান করুন।</translation>
    </message>
    <message>
        <source>QR code of your reference number</source>
        <translation>আপনার রেফারেন্স নম্বরের QR কোড</translation>
    </message>
    <message>
        <source>Print my reference</source>
        <translation>আমার রেফারেন্স প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <source>Printed. Take your paper from the printer.</source>
        <translation>প্রিন্ট হয়েছে। প্রিন্টার থেকে আপনার কাগজ নিন।</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working. Please write the reference number down or take a photo of it.</source>
        <translation>দুঃখিত, প্রিন্টারটি কাজ করছে না। রেফারেন্স নম্বরটি লিখে রাখুন বা এর একটি ছবি তুলুন।</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Change</source>
        <translation>বদলান</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>বদলান: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>উত্তর দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>Please check what you typed: it is not in the form we need.</source>
        <translation>আপনি যা লিখেছেন তা দেখে নিন: এটি আমাদের প্রয়োজনীয় ধরনে নেই।</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>এই প্রশ্নের উত্তর দিন।</translation>
    </message>
    <message>
        <source>Please choose one answer.</source>
        <translation>একটি উত্তর বেছে নিন।</translation>
    </message>
    <message>
        <source>Please choose at least one answer.</source>
        <translation>অন্তত একটি উত্তর বেছে নিন।</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown.</source>
        <translation>দেখানো উত্তরগুলোর একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Please make this shorter: %1 letters at most.</source>
        <translation>এটি ছোট করুন: সর্বোচ্চ %1টি অক্ষর।</translation>
    </message>
    <message>
        <source>Please type a number, for example 3.</source>
        <translation>একটি সংখ্যা লিখুন, যেমন 3।</translation>
    </message>
    <message>
        <source>Please type a whole number, for example 3.</source>
        <translation>একটি পূর্ণ সংখ্যা লিখুন, যেমন 3।</translation>
    </message>
    <message>
        <source>The number must be %1 or more.</source>
        <translation>সংখ্যাটি %1 বা তার বেশি হতে হবে।</translation>
    </message>
    <message>
        <source>The number must be %1 or less.</source>
        <translation>সংখ্যাটি %1 বা তার কম হতে হবে।</translation>
    </message>
    <message>
        <source>Please type a real date: the day, month and year, for example 18 11 2026.</source>
        <translation>একটি সঠিক তারিখ লিখুন: দিন, মাস ও বছর, যেমন 18 11 2026।</translation>
    </message>
    <message>
        <source>The date must be today or earlier.</source>
        <translation>তারিখটি আজ বা তার আগের হতে হবে।</translation>
    </message>
    <message>
        <source>The date must be today or later.</source>
        <translation>তারিখটি আজ বা তার পরের হতে হবে।</translation>
    </message>
    <message>
        <source>Please type a full UK postcode, for example E3 2BS.</source>
        <translation>পুরো যুক্তরাজ্যের পোস্টকোড লিখুন, যেমন E3 2BS।</translation>
    </message>
    <message>
        <source>Please type a UK phone number, for example 07700 900123.</source>
        <translation>একটি যুক্তরাজ্যের ফোন নম্বর লিখুন, যেমন 07700 900123।</translation>
    </message>
    <message>
        <source>Please type an email address, for example name@example.com.</source>
        <translation>একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com।</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>এই উত্তরটি দেখে নিন।</translation>
    </message>
    <message>
        <source>Last step: check and send</source>
        <translation>শেষ ধাপ: দেখে নিয়ে পাঠান</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>প্রশ্ন %1 / %2</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>আগের প্রশ্ন</translation>
    </message>
    <message>
        <source>Check your answers. Touch Change to correct one, or Send when it is right.</source>
        <translation>আপনার উত্তরগুলো দেখে নিন। কোনোটি ঠিক করতে ‘বদলান’ স্পর্শ করুন, সব ঠিক থাকলে ‘পাঠান’।</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>পাঠান</translation>
    </message>
    <message>
        <source>Sorry, your request could not be saved. Touch Send to try again, or ask a member of staff.</source>
        <translation>দুঃখিত, আপনার অনুরোধ সংরক্ষণ করা যায়নি। আবার চেষ্টা করতে ‘পাঠান’ স্পর্শ করুন, বা একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>স্পেস</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>বড় হাতের অক্ষর</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>সংখ্যা ও চিহ্ন</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>অক্ষর</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <translation>স্ক্রিনের কিবোর্ড</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <source>What we can do at the hub</source>
        <translation>হাবে আমরা যা করতে পারি</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>কী আনতে হবে</translation>
    </message>
    <message>
        <source>Do it online next time</source>
        <translation>পরের বার অনলাইনে করুন</translation>
    </message>
    <message>
        <source>Point your phone camera at the code to open the page.</source>
        <translation>পাতাটি খুলতে আপনার ফোনের ক্যামেরা কোডের দিকে ধরুন।</translation>
    </message>
    <message>
        <source>QR code of the council's web page for this</source>
        <translation>এ বিষয়ে কাউন্সিলের ওয়েব পাতার QR কোড</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>আপনি কী করতে চান?</translation>
    </message>
    <message>
        <source>Do it here now</source>
        <translation>এখানে এখনই করুন</translation>
    </message>
    <message>
        <source>See an adviser</source>
        <translation>একজন উপদেষ্টার সাথে দেখা করুন</translation>
    </message>
</context>
</TS>