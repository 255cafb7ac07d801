counter_value = 10
print(countr_value)
