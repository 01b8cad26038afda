function Animal() { this.kind = 'animal'; }
function Dog() { Animal.call(this); this.name = 'rex'; }
Dog.prototype = Object.create(Animal.prototype);
console.log(new Dog());
Dog.prototype.constructor = Dog;
console.log(new Dog());
