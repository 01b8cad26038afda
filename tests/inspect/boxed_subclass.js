class MyString extends String {}
console.log(new MyString('hey'));
class MyNum extends Number {}
console.log(new MyNum(7));
